package org.lanterne.server.rest.staff;

import java.io.IOException;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionExpiredException;
import org.lanterne.identity.api.SessionService;
import org.lanterne.server.rest.json.JsonBodies;
import org.lanterne.server.rest.json.JsonResponses;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Requests of signed-in staff ({@code Authorization: Bearer <token>}) and the answers to what the
 * services refuse: 401 without a live session, 403 when the roles do not allow it, 404 for an
 * unknown record, 400 for a bad argument, 409 when the record's state does not allow it. The
 * services' messages name what is wrong without repeating codes or clinical text.
 */
public final class StaffRequests {

    private static final String BEARER = "Bearer ";

    private StaffRequests() {
    }

    /** A service call on behalf of a signed-in user. */
    @FunctionalInterface
    public interface Call {
        void run(Session session) throws IOException;
    }

    /**
     * Runs the call for the session of the request's token.
     *
     * @param denied what to answer when the roles do not allow the call, for example
     *               {@code "Your roles do not allow this on assessments."}
     */
    public static void signedIn(HttpServletRequest request, HttpServletResponse response, SessionService sessions, String denied, Call call)
            throws IOException {
        Optional<Session> session = token(request).flatMap(sessions::validate);
        if (session.isEmpty()) {
            error(response, HttpServletResponse.SC_UNAUTHORIZED, "Sign in first: no valid session token was sent.");
            return;
        }
        try {
            call.run(session.get());
        } catch (SessionExpiredException e) {
            error(response, HttpServletResponse.SC_UNAUTHORIZED, e.getMessage());
        } catch (AccessDeniedException e) {
            error(response, HttpServletResponse.SC_FORBIDDEN, denied);
        } catch (NoSuchElementException e) {
            error(response, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        } catch (IllegalArgumentException e) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        } catch (IllegalStateException e) {
            error(response, HttpServletResponse.SC_CONFLICT, e.getMessage());
        }
    }

    /** @return the JSON object of the body, or {@code null} after answering why it cannot be used */
    public static JsonNode body(HttpServletRequest request, HttpServletResponse response, String expected) throws IOException {
        try {
            return JsonBodies.readObject(request, expected);
        } catch (JsonBodies.Refused e) {
            error(response, e.status(), e.getMessage());
            return null;
        }
    }

    /** @return the parts of the address after the servlet's own, for example {@code ["notes", "<id>", "sign"]} */
    public static String[] path(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null || info.equals("/") ? new String[0] : info.substring(1).split("/");
    }

    public static void error(HttpServletResponse response, int status, String message) throws IOException {
        JsonResponses.write(response, status, Map.of("error", message));
    }

    private static Optional<String> token(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith(BEARER) ? Optional.of(header.substring(BEARER.length()).strip()) : Optional.empty();
    }
}
