package org.lanterne.server.rest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lanterne.fuzz.testing.Escaped;
import org.lanterne.fuzz.testing.Fuzz;
import org.lanterne.fuzz.testing.HostileEdits;
import org.lanterne.fuzz.testing.HostileJson;
import org.lanterne.fuzz.testing.Outcome;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Request bodies edited at random from a valid one (syntax, invalid UTF-8, deep nesting, wrong
 * shapes, sizes around the limit, with and without a Content-Length): each is read as an object
 * whose answers convert, or refused with 400 or 413 and one of the two fixed messages, which
 * never quote the body; never another exception, within {@link Outcome#DEADLINE}.
 */
class JsonBodiesFuzzTest {

    private static final String VALID = "{\"answers\": {\"age\": 34, \"prior-sexual-offences\": \"1-2\", \"note\": \"مرحبا\", "
            + "\"flags\": [true, false, null], \"weight\": 1.5e2}, \"language\": \"fr\"}";
    private static final String EXPECTED = "{\"answers\": {...}}";
    private static final Set<String> REFUSALS = Set.of("Send a JSON object: " + EXPECTED + ".",
            "Bodies have at most " + JsonBodies.MAX_BODY + " bytes.");

    /** A body, sent with its Content-Length or without one. */
    private record Request(byte[] body, boolean declared) {

        @Override
        public String toString() {
            return Escaped.bytes(body) + (declared ? " with its length" : " without a length");
        }
    }

    @Test
    void editedBodiesAreReadOrRefusedWithoutBeingQuoted() {
        Fuzz.forAll(random -> new Request(body(random), random.nextBoolean()), request -> readOrRefuse(request.body(), request.declared()));
    }

    private static void readOrRefuse(byte[] body, boolean declared) {
        JsonNode read = Outcome.resultOr(JsonBodies.Refused.class, () -> read(body, declared));
        if (read != null) {
            assertTrue(read.isObject());
            Outcome.result(() -> JsonBodies.answers(read.path("answers")));
            Outcome.result(() -> JsonBodies.optionalText(read, "language"));
        }
    }

    private static JsonNode read(byte[] body, boolean declared) throws Exception {
        try {
            return JsonBodies.readObject(JsonBodiesTest.request(body, declared ? body.length : -1), EXPECTED);
        } catch (JsonBodies.Refused e) {
            assertTrue(REFUSALS.contains(e.getMessage()), "a fixed message, never the body: " + e.getMessage());
            assertEquals(body.length > JsonBodies.MAX_BODY ? 413 : 400, e.status());
            throw e;
        }
    }

    /** @return an edited body, a well-formed one of the wrong shape, one nested up to 2,000 deep, or one around the size limit */
    private static byte[] body(Random random) {
        return switch (random.nextInt(4)) {
        case 0 -> HostileEdits.bytesOf(VALID, 5, random);
        case 1 -> HostileJson.of(VALID, 3, random).getBytes(StandardCharsets.UTF_8);
        case 2 -> HostileEdits.nested(1 + random.nextInt(2_000), true).getBytes(StandardCharsets.UTF_8);
        default -> {
            int size = JsonBodies.MAX_BODY - 40 + random.nextInt(81);
            yield ("{\"answers\": {\"note\": \"" + "x".repeat(Math.max(0, size - 26)) + "\"}}").getBytes(StandardCharsets.UTF_8);
        }
        };
    }
}
