package org.lanterne.instruments.rest;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionService;
import org.lanterne.instruments.api.Assessment;
import org.lanterne.instruments.api.AssessmentChange;
import org.lanterne.instruments.api.AssessmentRecords;
import org.lanterne.instruments.api.InvalidAnswersException;
import org.lanterne.instruments.rest.InstrumentsServlet.Score;
import org.lanterne.server.rest.json.JsonBodies;
import org.lanterne.server.rest.json.JsonResponses;
import org.lanterne.server.rest.staff.StaffRequests;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Recorded assessments over HTTP, for a signed-in user ({@code Authorization: Bearer <token>}).
 * Participant codes travel in request bodies only, never in addresses, which end up in access logs:
 * <ul>
 * <li>{@code POST /api/v1/assessments} records one: 201 with it, 422 with the errors of invalid answers;</li>
 * <li>{@code POST /api/v1/assessments/search} lists a participant's assessments, or their history of one instrument;</li>
 * <li>{@code GET /api/v1/assessments/{id}/recompute} scores a stored assessment again;</li>
 * <li>{@code GET /api/v1/assessments/agreement?instrument=..&raterA=..&raterB=..} compares two raters.</li>
 * </ul>
 * Errors never repeat answers or codes.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("lanterne.assessments")
@HttpWhiteboardServletPattern({ "/api/v1/assessments", "/api/v1/assessments/*" })
public class AssessmentsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String RECORD = "{\"participant\": code, \"instrument\": id, \"assessedOn\": \"YYYY-MM-DD\", \"answers\": {...}}";
    private static final String SEARCH = "{\"participant\": code, \"instrument\": id (optional)}";

    @Reference
    private transient SessionService sessions;

    @Reference
    private transient AssessmentRecords records;

    /** An assessment as the API gives it: without the participant code, which the client sent. */
    public record AssessmentView(String id, String instrument, String version, String rater, LocalDate assessedOn, Instant recordedAt,
            String bandProfile, Map<String, Object> answers, Score result) {

        static AssessmentView of(Assessment a) {
            return new AssessmentView(a.id(), a.instrumentId(), a.instrumentVersion(), a.rater(), a.assessedOn(), a.recordedAt(),
                    a.bandProfile(), a.answers(), InstrumentsServlet.toScore(a.result()));
        }
    }

    /** One step of a participant's history of an instrument. */
    public record ChangeView(AssessmentView assessment, Integer totalChange, String previousBand, boolean bandChanged) {

        static ChangeView of(AssessmentChange c) {
            return new ChangeView(AssessmentView.of(c.assessment()), c.totalChange(), c.previousBand(), c.bandChanged());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = StaffRequests.path(request);
        if (path.length == 0) {
            signedIn(request, response, session -> record(session, request, response));
        } else if (path.length == 1 && path[0].equals("search")) {
            signedIn(request, response, session -> search(session, request, response));
        } else {
            StaffRequests.error(response, HttpServletResponse.SC_NOT_FOUND, "Unknown address.");
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = StaffRequests.path(request);
        if (path.length == 0) {
            StaffRequests.error(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "Search with POST /api/v1/assessments/search: participant codes never go in addresses.");
        } else if (path.length == 1 && path[0].equals("agreement")) {
            signedIn(request, response, session -> JsonResponses.write(response, HttpServletResponse.SC_OK,
                    records.agreement(session, request.getParameter("instrument"), request.getParameter("raterA"), request.getParameter("raterB"))));
        } else if (path.length == 2 && path[1].equals("recompute")) {
            signedIn(request, response, session -> JsonResponses.write(response, HttpServletResponse.SC_OK,
                    InstrumentsServlet.toScore(records.recompute(session, path[0]))));
        } else {
            StaffRequests.error(response, HttpServletResponse.SC_NOT_FOUND, "Unknown address.");
        }
    }

    private void record(Session session, HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonNode body = StaffRequests.body(request, response, RECORD);
        if (body == null) {
            return;
        }
        String participant = JsonBodies.optionalText(body, "participant");
        String instrument = JsonBodies.optionalText(body, "instrument");
        String assessedOn = JsonBodies.optionalText(body, "assessedOn");
        if (participant == null || instrument == null || assessedOn == null || !body.path("answers").isObject()) {
            StaffRequests.error(response, HttpServletResponse.SC_BAD_REQUEST, "Send a JSON object: " + RECORD + ".");
            return;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(assessedOn);
        } catch (DateTimeParseException e) {
            StaffRequests.error(response, HttpServletResponse.SC_BAD_REQUEST, "Give the day of the assessment as YYYY-MM-DD.");
            return;
        }
        Assessment stored = records.record(session, participant, instrument, JsonBodies.optionalText(body, "version"), day,
                JsonBodies.answers(body.get("answers")), JsonBodies.optionalText(body, "bandProfile"));
        JsonResponses.write(response, HttpServletResponse.SC_CREATED, AssessmentView.of(stored));
    }

    private void search(Session session, HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonNode body = StaffRequests.body(request, response, SEARCH);
        if (body == null) {
            return;
        }
        String participant = JsonBodies.optionalText(body, "participant");
        if (participant == null) {
            StaffRequests.error(response, HttpServletResponse.SC_BAD_REQUEST, "Send a JSON object: " + SEARCH + ".");
            return;
        }
        String instrument = JsonBodies.optionalText(body, "instrument");
        List<?> found = instrument == null
                ? records.list(session, participant).stream().map(AssessmentView::of).toList()
                : records.history(session, participant, instrument).stream().map(ChangeView::of).toList();
        JsonResponses.write(response, HttpServletResponse.SC_OK, found);
    }

    private void signedIn(HttpServletRequest request, HttpServletResponse response, StaffRequests.Call call) throws IOException {
        StaffRequests.signedIn(request, response, sessions, "Your roles do not allow this on assessments.", session -> {
            try {
                call.run(session);
            } catch (InvalidAnswersException e) {
                JsonResponses.write(response, 422, InstrumentsServlet.toScore(e.result()));
            }
        });
    }
}
