package org.lanterne.instruments.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The JSON Schema published in docs/ accepts what the provider accepts and refuses wrong shapes. */
class DocumentedSchemaTest {

    private static final Path SCHEMA = Path.of("../../docs/instrument-definition.schema.json");

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Files.readString(SCHEMA));
    }

    @ParameterizedTest
    @ValueSource(strings = {"static-99r.json", "cport.json", "dynamic-needs-example.json", "adolescent-spj-example.json",
            "selfhelp-weekly-check-example.json"})
    void everyBuiltInMatchesTheSchema(String name) throws IOException {
        Set<ValidationMessage> messages = schema().validate(Fixtures.JSON.readTree(Fixtures.builtInBytes(name)));
        assertEquals(Set.of(), messages);
    }

    @Test
    void theWorkedExampleOfTheDocsMatchesTheSchemaAndLoads() throws IOException {
        String docs = Files.readString(Path.of("../../docs/instruments.md"));
        int start = docs.indexOf("```json\n") + "```json\n".length();
        String example = docs.substring(start, docs.indexOf("```", start));
        JsonNode tree = Fixtures.JSON.readTree(example);
        assertEquals(Set.of(), schema().validate(tree));
        var definition = Fixtures.load(tree);
        var engine = new PureScoringEngine();
        var full = engine.score(definition, Fixtures.answers("urges", true, "distress", "1", "hours", 12), null);
        assertEquals(5, full.totals().get("total"));
        assertEquals("high", full.band().code());
        assertEquals(5 / 6.0, full.ratios().get("total"), 1e-9);
        var partial = engine.score(definition, Fixtures.answers("urges", true, "distress", 1), null);
        assertEquals(3, partial.totals().get("total"));
        assertEquals("moderate", partial.band().code());
        assertEquals("1 of 3 items missing (up to 1 allowed), counted as zero", partial.missingHandling());
        var wrong = engine.score(definition, Fixtures.answers("urges", "sometimes"), null);
        assertEquals(java.util.List.of(org.lanterne.instruments.api.ValidationError.Code.VALUE_NOT_ALLOWED,
                org.lanterne.instruments.api.ValidationError.Code.TOO_MANY_MISSING),
                wrong.errors().stream().map(e -> e.code()).toList());
    }

    @Test
    void wrongShapesAreRefusedByTheSchemaToo() throws IOException {
        ObjectNode unknownField = Fixtures.small().put("colour", "blue");
        assertFalse(schema().validate(unknownField).isEmpty());
        ObjectNode twoMethods = Fixtures.small();
        ((ObjectNode) twoMethods.get("items").get(0).get("scoring")).putObject("points").put("yes", 1).put("no", 0);
        assertFalse(schema().validate(twoMethods).isEmpty());
        assertEquals(Set.of(), schema().validate(Fixtures.small()));
    }
}
