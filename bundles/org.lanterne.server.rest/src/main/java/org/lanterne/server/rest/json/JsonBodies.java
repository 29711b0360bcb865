package org.lanterne.server.rest.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads JSON request bodies within fixed limits, without ever quoting them back: bodies may hold answers or codes. */
public final class JsonBodies {

    /** Answers to any instrument fit easily; larger bodies are refused before they are parsed. */
    public static final int MAX_BODY = 64 * 1024;

    // Hostile bodies (deep nesting, huge strings) fail fast instead of exhausting the server.
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(MAX_BODY).build())
            .build());

    /** A body that cannot be used: the status and message to answer with. */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        private final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        /** @return the HTTP status to answer with */
        public int status() {
            return status;
        }
    }

    private JsonBodies() {
    }

    /**
     * @param expected shown in the refusal, for example {@code {"answers": {...}}}
     * @return the body, a JSON object
     * @throws Refused 413 when too large, 400 when not a JSON object
     */
    public static JsonNode readObject(HttpServletRequest request, String expected) throws IOException, Refused {
        if (request.getContentLengthLong() > MAX_BODY) {
            throw new Refused(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Bodies have at most " + MAX_BODY + " bytes.");
        }
        JsonNode body;
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new Refused(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Bodies have at most " + MAX_BODY + " bytes.");
            }
            body = JSON.readTree(bytes);
        } catch (IOException e) {
            // The parser's message may quote the body: answers must not come back in an error.
            throw new Refused(HttpServletResponse.SC_BAD_REQUEST, "Send a JSON object: " + expected + ".");
        }
        if (body == null || !body.isObject()) {
            throw new Refused(HttpServletResponse.SC_BAD_REQUEST, "Send a JSON object: " + expected + ".");
        }
        return body;
    }

    /** @return the answers object's fields as the scoring engine takes them */
    public static Map<String, Object> answers(JsonNode answers) {
        Map<String, Object> values = new LinkedHashMap<>();
        answers.fields().forEachRemaining(field -> values.put(field.getKey(), JSON.convertValue(field.getValue(), Object.class)));
        return values;
    }

    /** @return the text of an optional text field, or {@code null} when it is absent or not text */
    public static String optionalText(JsonNode body, String field) {
        return body.path(field).isTextual() ? body.get(field).asText() : null;
    }
}
