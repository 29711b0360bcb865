package org.lanterne.identity.rest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionService;
import org.lanterne.identity.api.SignInRefusedException;
import org.lanterne.server.rest.json.JsonResponses;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code POST /api/v1/sessions} signs in and answers the session's token once;
 * {@code GET /api/v1/sessions/current} and {@code DELETE /api/v1/sessions/current} take the token
 * as {@code Authorization: Bearer <token>}. Repeated failures lock the account (see security.md).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("lanterne.sessions")
@HttpWhiteboardServletPattern({ "/api/v1/sessions", "/api/v1/sessions/current" })
public class SessionsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Enough for any name and password; larger bodies are refused before they are parsed. */
    private static final int MAX_BODY = 4096;

    private static final String BEARER = "Bearer ";

    @Reference
    private transient SessionService sessions;

    /** The answer to a sign-in; the token appears here and nowhere else. */
    public record SignedIn(String token, String user, List<Role> roles, Instant expiresAt) {
    }

    /** A session as it is looked up again: without its token. */
    public record Current(String user, List<Role> roles, Instant expiresAt) {
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getRequestURI().endsWith("/sessions")) {
            error(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Sign in with POST /api/v1/sessions.");
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            error(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "A sign-in request has at most " + MAX_BODY + " bytes.");
            return;
        }
        Credentials credentials;
        try (InputStream body = new LimitedInputStream(request.getInputStream(), MAX_BODY)) {
            credentials = Credentials.read(body);
        } catch (IOException e) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        try {
            Session session = sessions.signIn(credentials.name, credentials.password);
            JsonResponses.write(response, HttpServletResponse.SC_CREATED,
                    new SignedIn(session.token(), session.user(), List.copyOf(session.roles()), session.expires()));
        } catch (SignInRefusedException e) {
            error(response, HttpServletResponse.SC_UNAUTHORIZED, e.getMessage());
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Session> session = current(request);
        if (session.isEmpty()) {
            error(response, HttpServletResponse.SC_UNAUTHORIZED, "Sign in first: no valid session token was sent.");
            return;
        }
        Session s = session.get();
        JsonResponses.write(response, HttpServletResponse.SC_OK, new Current(s.user(), List.copyOf(s.roles()), s.expires()));
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) {
        token(request).ifPresent(sessions::signOut);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private Optional<Session> current(HttpServletRequest request) {
        if (!request.getRequestURI().endsWith("/current")) {
            return Optional.empty();
        }
        return token(request).flatMap(sessions::validate);
    }

    private static Optional<String> token(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith(BEARER) ? Optional.of(header.substring(BEARER.length()).strip()) : Optional.empty();
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        JsonResponses.write(response, status, Map.of("error", message));
    }
}
