package org.lanterne.selfhelp.rest;

import java.io.IOException;
import java.time.Instant;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lanterne.selfhelp.api.ParticipantSession;
import org.lanterne.selfhelp.api.ResumeRefusedException;
import org.lanterne.selfhelp.api.SelfHelpParticipants;
import org.lanterne.selfhelp.api.SelfHelpRefusedException;
import org.lanterne.server.rest.json.JsonBodies;
import org.lanterne.server.rest.json.JsonResponses;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Participant sessions, apart from staff sessions: {@code POST /api/v1/selfhelp/sessions} resumes
 * with the code (in the body, never in the address) and the passphrase: 201 with a token, 401 with
 * the same message for an unknown code and a wrong passphrase. {@code DELETE
 * /api/v1/selfhelp/sessions/current} ends the session of the bearer token.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("lanterne.selfhelp.sessions")
@HttpWhiteboardServletPattern({ "/api/v1/selfhelp/sessions", "/api/v1/selfhelp/sessions/*" })
public class ParticipantSessionsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String EXPECTED = "{\"resumeCode\": \"XXXX-XXXX-XXXX-XXXX-XXXX\", \"passphrase\": optional}";

    @Reference
    private transient SelfHelpParticipants participants;

    /** A new participant session. */
    public record Opened(String token, Instant expiresAt) {
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = ErrorMessages.language(request, ErrorMessages.FALLBACK);
        if (Requests.path(request).length != 0) {
            Requests.error(response, HttpServletResponse.SC_NOT_FOUND, lang, "unknown-address");
            return;
        }
        JsonNode body = Requests.body(request, response, EXPECTED, lang);
        if (body == null) {
            return;
        }
        String code = JsonBodies.optionalText(body, "resumeCode");
        if (code == null) {
            Requests.error(response, HttpServletResponse.SC_BAD_REQUEST, lang, "body-malformed", EXPECTED);
            return;
        }
        try {
            String passphrase = Requests.optionalText(body, "passphrase");
            ParticipantSession session = participants.resume(code, passphrase == null ? null : passphrase.toCharArray());
            JsonResponses.write(response, HttpServletResponse.SC_CREATED, new Opened(session.token(), session.expires()));
        } catch (ResumeRefusedException e) {
            Requests.error(response, HttpServletResponse.SC_UNAUTHORIZED, lang, "code-refused");
        } catch (SelfHelpRefusedException e) {
            Requests.refused(response, lang, e);
        } catch (Requests.NotText e) {
            Requests.notText(response, lang, e);
        }
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = Requests.path(request);
        if (path.length != 1 || !path[0].equals("current")) {
            Requests.error(response, HttpServletResponse.SC_NOT_FOUND, ErrorMessages.language(request, ErrorMessages.FALLBACK), "unknown-address");
            return;
        }
        // ending a session that already ended is not an error: the participant is signed out either way
        Requests.bearer(request).flatMap(participants::validate).ifPresent(participants::signOut);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
