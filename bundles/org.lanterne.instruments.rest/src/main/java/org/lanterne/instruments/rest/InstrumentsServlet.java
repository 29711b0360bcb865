package org.lanterne.instruments.rest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lanterne.identity.api.SessionService;
import org.lanterne.instruments.api.InstrumentCatalog;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.ScoreResult;
import org.lanterne.instruments.api.ScoringEngine;
import org.lanterne.server.rest.json.JsonBodies;
import org.lanterne.server.rest.json.JsonResponses;
import org.lanterne.server.rest.staff.StaffRequests;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/instruments} lists the instruments, {@code GET /api/v1/instruments/{id}}
 * gives a definition, and {@code POST /api/v1/instruments/{id}/score} scores answers without
 * storing anything: 200 with the result, 422 with the errors when the answers are invalid. For
 * signed-in staff of any role ({@code Authorization: Bearer <token>}, 401 without): they hold no
 * one's data, but the server opens to the anonymous public only what participants need.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("lanterne.instruments")
@HttpWhiteboardServletPattern({ "/api/v1/instruments", "/api/v1/instruments/*" })
public class InstrumentsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Never answered today: every role may read and score instruments. */
    private static final String DENIED = "Your roles do not allow this on instruments.";
    private static final String EXPECTED = "{\"answers\": {\"<itemId>\": value, ...}}";

    @Reference
    private transient SessionService sessions;

    @Reference
    private transient InstrumentCatalog catalog;

    @Reference
    private transient ScoringEngine engine;

    /** One instrument in the list. */
    public record Summary(String id, String version, Map<String, String> titles, List<String> languages) {
    }

    /** A score as the API documents it; {@code total} is the main total, empty for judgement-only instruments. */
    public record Score(Integer total, Map<String, Integer> totals, Map<String, Double> ratios, String band,
            Map<String, String> bandLabels, String judgement, List<String> missing, String missingHandling,
            List<Map<String, String>> errors) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StaffRequests.signedIn(request, response, sessions, DENIED, session -> read(request, response));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StaffRequests.signedIn(request, response, sessions, DENIED, session -> score(request, response));
    }

    private void read(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = StaffRequests.path(request);
        if (path.length == 0) {
            List<Summary> summaries = catalog.list().stream().map(d -> new Summary(d.id(), d.version(), d.titles(), d.languages())).toList();
            JsonResponses.write(response, HttpServletResponse.SC_OK, summaries);
        } else if (path.length == 1) {
            Optional<InstrumentDefinition> definition = catalog.get(path[0]);
            if (definition.isEmpty()) {
                StaffRequests.error(response, HttpServletResponse.SC_NOT_FOUND, "There is no instrument " + path[0] + ".");
                return;
            }
            JsonResponses.write(response, HttpServletResponse.SC_OK, definition.get());
        } else {
            StaffRequests.error(response, HttpServletResponse.SC_NOT_FOUND, "Unknown address.");
        }
    }

    private void score(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = StaffRequests.path(request);
        if (path.length != 2 || !path[1].equals("score")) {
            StaffRequests.error(response, HttpServletResponse.SC_NOT_FOUND, "Score with POST /api/v1/instruments/{id}/score.");
            return;
        }
        Optional<InstrumentDefinition> definition = catalog.get(path[0]);
        if (definition.isEmpty()) {
            StaffRequests.error(response, HttpServletResponse.SC_NOT_FOUND, "There is no instrument " + path[0] + ".");
            return;
        }
        JsonNode body;
        try {
            body = JsonBodies.readObject(request, EXPECTED);
        } catch (JsonBodies.Refused e) {
            StaffRequests.error(response, e.status(), e.getMessage());
            return;
        }
        if (!body.path("answers").isObject()) {
            StaffRequests.error(response, HttpServletResponse.SC_BAD_REQUEST, "Send a JSON object: " + EXPECTED + ".");
            return;
        }
        ScoreResult result = engine.score(definition.get(), JsonBodies.answers(body.get("answers")), JsonBodies.optionalText(body, "bandProfile"));
        Score score = toScore(result);
        JsonResponses.write(response, score.errors().isEmpty() ? HttpServletResponse.SC_OK : 422, score);
    }

    static Score toScore(ScoreResult result) {
        Integer total = result.totals().containsKey("total") ? result.totals().get("total")
                : result.totals().values().stream().findFirst().orElse(null);
        List<Map<String, String>> errors = new ArrayList<>();
        result.errors().forEach(e -> {
            Map<String, String> error = new LinkedHashMap<>();
            error.put("code", e.code().name());
            if (e.itemId() != null) {
                error.put("item", e.itemId());
            }
            error.put("message", e.message());
            errors.add(error);
        });
        return new Score(total, result.totals(), result.ratios(), result.band() == null ? null : result.band().code(),
                result.band() == null ? Map.of() : result.band().labels(), result.judgement(), result.missingItems(),
                result.missingHandling(), errors);
    }
}
