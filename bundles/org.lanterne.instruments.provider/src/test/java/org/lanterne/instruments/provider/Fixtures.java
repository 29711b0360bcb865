package org.lanterne.instruments.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.lanterne.instruments.api.InstrumentDefinition;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Built-in definitions and a small valid definition to mutate. */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    static byte[] builtInBytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/definitions/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InstrumentDefinition builtIn(String name) {
        return Definitions.load("built-in:" + name, builtInBytes(name));
    }

    /** Three yes/no items weighted 1, a ratio total and one band profile; missing items counted as zero up to 1. */
    static final String SMALL = """
            {
              "id": "small", "version": "1", "languages": ["en", "fr"],
              "title": {"en": "Small", "fr": "Petit"},
              "citation": "Test", "licenceNote": "Test", "licensed": false, "population": "Test", "kind": "CHECKLIST",
              "missing": {"mode": "ALLOW_UP_TO", "maxMissing": 1},
              "items": [
                {"id": "a", "type": "YES_NO", "label": {"en": "A", "fr": "A"}, "scoring": {"weight": 1}},
                {"id": "b", "type": "YES_NO", "label": {"en": "B", "fr": "B"}, "scoring": {"weight": 1}},
                {"id": "c", "type": "ORDINAL", "label": {"en": "C", "fr": "C"},
                 "choices": [{"value": "0", "label": {"en": "0", "fr": "0"}}, {"value": "1", "label": {"en": "1", "fr": "1"}},
                             {"value": "2", "label": {"en": "2", "fr": "2"}}],
                 "scoring": {"weight": 1}}
              ],
              "totals": [{"id": "total", "label": {"en": "Total", "fr": "Total"}, "ratio": true}],
              "bandProfiles": [{"id": "main", "label": {"en": "Main", "fr": "Principal"}, "total": "total", "bands": [
                {"code": "low", "min": 0, "max": 1, "label": {"en": "Low", "fr": "Bas"}},
                {"code": "high", "min": 2, "max": 4, "label": {"en": "High", "fr": "Haut"}}]}],
              "defaultBandProfile": "main"
            }
            """;

    static ObjectNode small() {
        try {
            return (ObjectNode) JSON.readTree(SMALL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Object tree) {
        try {
            return JSON.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InstrumentDefinition load(Object tree) {
        return Definitions.load("test.json", bytes(tree));
    }

    @SafeVarargs
    static Map<String, Object> answers(Object... keysAndValues) {
        Map<String, Object> answers = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            answers.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return answers;
    }
}
