package org.lanterne.evaluation.rest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lanterne.evaluation.api.EvaluationExports;
import org.lanterne.evaluation.api.ExportOrder;
import org.lanterne.evaluation.api.VariableSet;
import org.lanterne.evaluation.export.ExportManifest;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionService;
import org.lanterne.server.rest.json.JsonBodies;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/exports} with {@code {"programme", "from", "to", "variables", "k"}}: the
 * de-identified dataset as a zip (200, {@code application/zip}, as an attachment). A body that
 * cannot be read is 400; an order that is well formed but cannot be carried out (a period ending
 * before it starts, k out of range, an unknown programme or variable set, a k the data cannot
 * reach) is 422; no token 401; a role other than programme lead 403. The zip is written to a
 * temporary file that is deleted once sent.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("lanterne.evaluation.exports")
@HttpWhiteboardServletPattern("/api/v1/exports")
public class ExportsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String ORDER = "{\"programme\": id, \"from\": \"YYYY-MM-DD\", \"to\": \"YYYY-MM-DD\", "
            + "\"variables\": \"assessments\" or \"participation\", \"k\": 5 (optional)}";
    private static final int DEFAULT_K = 5;

    @Reference
    private transient SessionService sessions;

    @Reference
    private transient EvaluationExports exports;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SignedInCalls.run(sessions, request, response, session -> export(session, request, response));
    }

    private void export(Session session, HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonNode body;
        try {
            body = JsonBodies.readObject(request, ORDER);
        } catch (JsonBodies.Refused e) {
            SignedInCalls.error(response, e.status(), e.getMessage());
            return;
        }
        String programme = JsonBodies.optionalText(body, "programme");
        String from = JsonBodies.optionalText(body, "from");
        String to = JsonBodies.optionalText(body, "to");
        String variables = JsonBodies.optionalText(body, "variables");
        JsonNode k = body.path("k");
        if (programme == null || from == null || to == null || variables == null || !(k.isMissingNode() || k.canConvertToExactIntegral())) {
            SignedInCalls.error(response, HttpServletResponse.SC_BAD_REQUEST, "Send a JSON object: " + ORDER + ".");
            return;
        }
        LocalDate first;
        LocalDate last;
        try {
            first = LocalDate.parse(from);
            last = LocalDate.parse(to);
        } catch (DateTimeParseException e) {
            SignedInCalls.error(response, HttpServletResponse.SC_BAD_REQUEST, "Give the period's days as YYYY-MM-DD.");
            return;
        }
        ExportOrder order;
        try {
            order = new ExportOrder(programme, first, last, VariableSet.of(variables), k.isMissingNode() ? DEFAULT_K : k.asInt());
        } catch (IllegalArgumentException e) {
            SignedInCalls.error(response, SignedInCalls.UNPROCESSABLE, e.getMessage());
            return;
        }
        Path zip = Files.createTempFile("lanterne-export-", ".zip");
        try {
            ExportManifest manifest = exports.export(session, order, zip);
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/zip");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + manifest.request().scope() + ".zip\"");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLengthLong(Files.size(zip));
            Files.copy(zip, response.getOutputStream());
        } finally {
            Files.deleteIfExists(zip);
        }
    }
}
