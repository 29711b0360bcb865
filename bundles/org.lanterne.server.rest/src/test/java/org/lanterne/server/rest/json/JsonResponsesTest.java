package org.lanterne.server.rest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.lanterne.core.api.CheckResult;
import org.lanterne.core.api.Health;
import org.lanterne.core.api.Installation;
import org.lanterne.core.api.Status;
import org.junit.jupiter.api.Test;

class JsonResponsesTest {

    @Test
    void healthHasTheDocumentedShape() throws IOException {
        Health health = new Health(Status.UP, "1.0.0", List.of("lanterne-about", "lanterne-core"),
                Map.of("database", CheckResult.up()));

        assertEquals("{\"status\":\"UP\",\"version\":\"1.0.0\",\"features\":[\"lanterne-about\",\"lanterne-core\"],"
                + "\"checks\":{\"database\":{\"status\":\"UP\",\"reason\":\"\"}}}", JsonResponses.toJson(health));
    }

    @Test
    void instantsAreWrittenAsIsoText() throws IOException {
        Installation installation = new Installation("id-1", Instant.parse("2026-01-02T03:04:05Z"), "1.0.0");

        assertEquals("{\"id\":\"id-1\",\"createdAt\":\"2026-01-02T03:04:05Z\",\"createdWith\":\"1.0.0\"}",
                JsonResponses.toJson(installation));
    }
}
