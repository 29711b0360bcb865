package org.lanterne.server.rest.json;

import java.io.IOException;

import javax.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Writes JSON answers with the headers every endpoint needs. */
public final class JsonResponses {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private JsonResponses() {
    }

    /**
     * Writes {@code body} as UTF-8 JSON. Answers may describe people's care, so no cache may keep
     * them and browsers may not reinterpret them.
     */
    public static void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        MAPPER.writeValue(response.getOutputStream(), body);
    }

    /** @return {@code body} as JSON text, as {@link #write} would send it */
    public static String toJson(Object body) throws IOException {
        return MAPPER.writeValueAsString(body);
    }
}
