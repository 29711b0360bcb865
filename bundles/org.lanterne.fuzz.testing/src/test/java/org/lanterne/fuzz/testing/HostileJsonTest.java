package org.lanterne.fuzz.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Documents of the wrong shape stay well-formed JSON, so that they reach past a parser's syntax check. */
class HostileJsonTest {

    private static final String VALID = "{\"title\": \"Séance\", \"sections\": [{\"id\": \"a\", \"rows\": 3}, {\"id\": \"b\"}]}";

    @Test
    void changedDocumentsAreWellFormedAndDiffer() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode valid = json.readTree(VALID);
        Random random = new Random(HostileEdits.SEED);
        int changed = 0;
        for (int i = 0; i < 200; i++) {
            JsonNode read = json.readTree(HostileJson.of(VALID, 3, random));
            changed += read.equals(valid) ? 0 : 1;
        }
        // a change may put back the value that was there; nearly every document differs
        assertTrue(changed > 180, changed + " of 200 documents changed");
    }
}
