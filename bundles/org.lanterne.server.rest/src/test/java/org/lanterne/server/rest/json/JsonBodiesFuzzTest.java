package org.lanterne.server.rest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.lanterne.fuzz.testing.HostileEdits;
import org.lanterne.fuzz.testing.HostileJson;
import org.lanterne.fuzz.testing.Outcome;

import com.fasterxml.jackson.databind.JsonNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

    @Property(seed = HostileEdits.SEED)
    void editedBodiesAreReadOrRefusedWithoutBeingQuoted(@ForAll("bodies") byte[] body, @ForAll boolean declared) {
        JsonNode read = Outcome.resultOr(JsonBodies.Refused.class, () -> readOrRefuse(body, declared));
        if (read != null) {
            assertTrue(read.isObject());
            Outcome.result(() -> JsonBodies.answers(read.path("answers")));
            Outcome.result(() -> JsonBodies.optionalText(read, "language"));
        }
    }

    private static JsonNode readOrRefuse(byte[] body, boolean declared) throws Exception {
        try {
            return JsonBodies.readObject(JsonBodiesTest.request(body, declared ? body.length : -1), EXPECTED);
        } catch (JsonBodies.Refused e) {
            assertTrue(REFUSALS.contains(e.getMessage()), "a fixed message, never the body: " + e.getMessage());
            assertEquals(body.length > JsonBodies.MAX_BODY ? 413 : 400, e.status());
            throw e;
        }
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.oneOf(
                HostileEdits.bytesOf(VALID, 5),
                HostileJson.of(VALID, 3).map(json -> json.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.integers().between(1, 2_000).map(depth -> HostileEdits.nested(depth, true).getBytes(StandardCharsets.UTF_8)),
                Arbitraries.integers().between(JsonBodies.MAX_BODY - 40, JsonBodies.MAX_BODY + 40)
                        .map(size -> ("{\"answers\": {\"note\": \"" + "x".repeat(Math.max(0, size - 26)) + "\"}}").getBytes(StandardCharsets.UTF_8)));
    }
}
