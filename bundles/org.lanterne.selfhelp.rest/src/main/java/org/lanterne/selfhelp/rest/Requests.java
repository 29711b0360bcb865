package org.lanterne.selfhelp.rest;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lanterne.server.rest.json.JsonBodies;
import org.lanterne.server.rest.json.JsonResponses;

import com.fasterxml.jackson.databind.JsonNode;

/** What the self-help servlets read from requests and how they refuse them. */
final class Requests {

    private static final String BEARER = "Bearer ";

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

    /** @return the body, or {@code null} after answering why it cannot be used */
    static JsonNode body(HttpServletRequest request, HttpServletResponse response, String expected) throws IOException {
        try {
            return JsonBodies.readObject(request, expected);
        } catch (JsonBodies.Refused e) {
            error(response, e.status(), e.getMessage());
            return null;
        }
    }

    /**
     * @return the text of an optional field, or {@code null} when it is absent or null
     * @throws IllegalArgumentException when it holds something else than text, which must not be silently dropped
     */
    static String optionalText(JsonNode body, String field) {
        JsonNode value = body.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' must be text.");
        }
        return value.asText();
    }

    static void error(HttpServletResponse response, int status, String message) throws IOException {
        JsonResponses.write(response, status, Map.of("error", message));
    }
}
