package org.lanterne.evaluation.rest;

import java.io.IOException;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lanterne.evaluation.api.ExportRefusedException;
import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionExpiredException;
import org.lanterne.identity.api.SessionService;
import org.lanterne.server.rest.json.JsonResponses;

/** Runs a request for the session of its bearer token and answers the services' refusals with their status and a JSON error. */
final class SignedInCalls {

    private static final String BEARER = "Bearer ";
    static final int UNPROCESSABLE = 422;

    /** A call on behalf of a signed-in user. */
    @FunctionalInterface
    interface Call {
        void run(Session session) throws IOException;
    }

    private SignedInCalls() {
    }

    static void run(SessionService sessions, HttpServletRequest request, HttpServletResponse response, Call call) throws IOException {
        String header = request.getHeader("Authorization");
        Optional<Session> session = header != null && header.startsWith(BEARER)
                ? sessions.validate(header.substring(BEARER.length()).strip())
                : Optional.empty();
        if (session.isEmpty()) {
            error(response, HttpServletResponse.SC_UNAUTHORIZED, "Sign in first: no valid session token was sent.");
            return;
        }
        try {
            call.run(session.get());
        } catch (SessionExpiredException e) {
            error(response, HttpServletResponse.SC_UNAUTHORIZED, e.getMessage());
        } catch (AccessDeniedException e) {
            error(response, HttpServletResponse.SC_FORBIDDEN, "Your roles do not allow this on evaluation data.");
        } catch (ExportRefusedException e) {
            error(response, UNPROCESSABLE, e.getMessage());
        } catch (NoSuchElementException e) {
            error(response, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        } catch (IllegalArgumentException e) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }

    static void error(HttpServletResponse response, int status, String message) throws IOException {
        JsonResponses.write(response, status, Map.of("error", message));
    }
}
