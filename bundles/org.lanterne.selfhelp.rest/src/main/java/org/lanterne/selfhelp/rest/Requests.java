package org.lanterne.selfhelp.rest;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lanterne.selfhelp.api.SelfHelpRefusedException;
import org.lanterne.server.rest.json.JsonBodies;
import org.lanterne.server.rest.json.JsonResponses;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the self-help servlets read from requests and how they refuse them: every error is
 * {@code {"error": key, "message": text}}, the key stable, the text in the language of
 * {@code ?lang=} ({@link ErrorMessages}).
 */
final class Requests {

    private static final String BEARER = "Bearer ";

    /** A field that must be text and is not; its name is all the error repeats. */
    static final class NotText extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        final String field;

        NotText(String field) {
            super("'" + field + "' must be text.", null);
            this.field = field;
        }
    }

    private Requests() {
    }

    /** @return the segments of the address after the servlet's pattern */
    static String[] path(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null || info.equals("/") ? new String[0] : info.substring(1).split("/");
    }

    /** @return the token of an {@code Authorization: Bearer} header */
    static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith(BEARER) ? Optional.of(header.substring(BEARER.length()).strip()) : Optional.empty();
    }

    /** @return the language asked for with {@code ?lang=} if offered, else English if offered, else the first offered */
    static String language(HttpServletRequest request, List<String> offered) {
        String asked = request.getParameter("lang");
        if (asked != null && offered.contains(asked)) {
            return asked;
        }
        return offered.contains("en") || offered.isEmpty() ? "en" : offered.get(0);
    }

    /** @return the body, or {@code null} after answering, in {@code language}, why it cannot be used */
    static JsonNode body(HttpServletRequest request, HttpServletResponse response, String expected, String language) throws IOException {
        try {
            return JsonBodies.readObject(request, expected);
        } catch (JsonBodies.Refused e) {
            if (e.status() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
                error(response, e.status(), language, "body-too-large", Integer.toString(JsonBodies.MAX_BODY));
            } else {
                error(response, e.status(), language, "body-malformed", expected);
            }
            return null;
        }
    }

    /**
     * @return the text of an optional field, or {@code null} when it is absent or null
     * @throws NotText when it holds something else than text, which must not be silently dropped
     */
    static String optionalText(JsonNode body, String field) {
        JsonNode value = body.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new NotText(field);
        }
        return value.asText();
    }

    /** Answers a refusal of the service: 404 for something that does not exist, else 400. */
    static void refused(HttpServletResponse response, String language, SelfHelpRefusedException refusal) throws IOException {
        error(response, refusal.reason().notFound() ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST, language,
                refusal.reason().key(), refusal.details().toArray(String[]::new));
    }

    static void notText(HttpServletResponse response, String language, NotText refusal) throws IOException {
        error(response, HttpServletResponse.SC_BAD_REQUEST, language, "field-not-text", refusal.field);
    }

    /** Answers {@code {"error": key, "message": ...}} with the message of {@code key} in {@code language}. */
    static void error(HttpServletResponse response, int status, String language, String key, String... details) throws IOException {
        JsonResponses.write(response, status, Map.of("error", key, "message", ErrorMessages.message(key, language, List.of(details))));
    }
}
