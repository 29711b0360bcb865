package org.lanterne.literature.rest;

import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionExpiredException;
import org.lanterne.identity.api.SessionService;

/**
 * Who sends a request: the session of its {@code Authorization: Bearer} token, checked against
 * the permission matrix for the literature library before anything is read from the body.
 */
final class Caller {

    private static final String BEARER = "Bearer ";

    private Caller() {
    }

    static Session check(HttpServletRequest request, SessionService sessions, AccessPolicy policy, Action action)
            throws HttpProblem {
        String header = request.getHeader("Authorization");
        Session session = header != null && header.startsWith(BEARER)
                ? sessions.validate(header.substring(BEARER.length()).strip()).orElse(null)
                : null;
        if (session == null) {
            throw new HttpProblem(HttpServletResponse.SC_UNAUTHORIZED, "Sign in first: no valid session token was sent.");
        }
        try {
            policy.check(session, action, DataClass.LITERATURE);
            return session;
        } catch (SessionExpiredException e) {
            throw new HttpProblem(HttpServletResponse.SC_UNAUTHORIZED, "The session has ended: sign in again.");
        } catch (AccessDeniedException e) {
            throw new HttpProblem(HttpServletResponse.SC_FORBIDDEN,
                    "Your roles do not allow you to " + action.name().toLowerCase(Locale.ROOT) + " the literature library.");
        }
    }
}
