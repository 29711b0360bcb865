package org.lanterne.instruments.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.lanterne.instruments.api.DefinitionException;
import org.lanterne.instruments.api.DefinitionProblem;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Each broken rule is named with the file, the JSON path (or line) and the rule. */
class MalformedDefinitionTest {

    private static DefinitionException rejected(Consumer<ObjectNode> breakIt) {
        ObjectNode tree = Fixtures.small();
        breakIt.accept(tree);
        return assertThrows(DefinitionException.class, () -> Fixtures.load(tree));
    }

    private static void assertProblem(DefinitionException e, String path, String rule) {
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals(path) && p.rule().equals(rule)), () -> e.problems().toString());
        DefinitionProblem problem = e.problems().stream().filter(p -> p.rule().equals(rule)).findFirst().orElseThrow();
        assertEquals("test.json", problem.file());
        assertTrue(e.getMessage().startsWith("test.json "), e.getMessage());
    }

    private static ArrayNode items(ObjectNode tree) {
        return (ArrayNode) tree.get("items");
    }

    private static ArrayNode bands(ObjectNode tree) {
        return (ArrayNode) tree.get("bandProfiles").get(0).get("bands");
    }

    @Test
    void theSmallDefinitionIsValid() {
        assertEquals("small", Fixtures.load(Fixtures.small()).id());
    }

    @Test
    void duplicateItemIdsAreRejected() {
        DefinitionException e = rejected(t -> ((ObjectNode) items(t).get(1)).put("id", "a"));
        assertProblem(e, "$.items[1].id", "duplicate-item-id");
        assertEquals("test.json $.items[1].id [duplicate-item-id]: The item id 'a' is used twice", e.problems().get(0).toString());
    }

    @Test
    void overlappingBandsAreRejected() {
        assertProblem(rejected(t -> ((ObjectNode) bands(t).get(1)).put("min", 1)), "$.bandProfiles[0].bands[1]", "bands-overlap");
    }

    @Test
    void gappedBandsAreRejected() {
        assertProblem(rejected(t -> ((ObjectNode) bands(t).get(1)).put("min", 3)), "$.bandProfiles[0].bands[1]", "bands-gap");
    }

    @Test
    void bandsMustCoverEveryPossibleTotal() {
        assertProblem(rejected(t -> ((ObjectNode) bands(t).get(1)).put("max", 3)), "$.bandProfiles[0].bands", "bands-cover");
    }

    @Test
    void aWeightOnANonScoredItemIsRejected() {
        // SPJ factors are rated, never scored
        DefinitionException spj = rejected(t -> {
            t.put("kind", "SPJ").remove(java.util.List.of("totals", "bandProfiles", "defaultBandProfile"));
            t.put("judgementItem", "c");
            t.putObject("missing").put("mode", "REFUSE");
            ((ObjectNode) items(t).get(2)).remove("scoring");
            ((ObjectNode) items(t).get(2)).put("type", "SINGLE_CHOICE");
        });
        assertProblem(spj, "$.items[0].scoring", "scoring-on-unscored-item");
        // an item that no total counts
        DefinitionException unused = rejected(t -> ((ObjectNode) t.get("totals").get(0)).putArray("items").add("a").add("c"));
        assertProblem(unused, "$.items[1].scoring", "scoring-on-unscored-item");
    }

    @Test
    void aTotalOfAnUnscoredItemIsRejected() {
        assertProblem(rejected(t -> {
            ((ObjectNode) items(t).get(1)).remove("scoring");
            ((ObjectNode) t.get("totals").get(0)).putArray("items").add("a").add("b").add("c");
        }), "$.totals[0].items[1]", "total-unscored-item");
    }

    @Test
    void anUnknownLanguageKeyIsRejected() {
        assertProblem(rejected(t -> ((ObjectNode) items(t).get(0).get("label")).put("de", "A")), "$.items[0].label.de", "unknown-language-key");
    }

    @Test
    void aMissingTranslationIsRejected() {
        assertProblem(rejected(t -> ((ObjectNode) t.get("title")).remove("fr")), "$.title", "missing-translation");
    }

    @Test
    void aLanguageThatIsNotAnIsoCodeIsRejected() {
        assertProblem(rejected(t -> ((ArrayNode) t.get("languages")).add("xx")), "$.languages[2]", "language-unknown");
    }

    @Test
    void aSyntaxErrorNamesItsLine() {
        String broken = Fixtures.SMALL.replace("\"citation\": \"Test\",", "\"citation\": \"Test\"");
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> Definitions.load("broken.json", broken.getBytes(StandardCharsets.UTF_8)));
        assertEquals("json-syntax", e.rule());
        assertEquals("broken.json", e.file());
        // the comma is missing at the end of line 4, where the next key begins
        assertTrue(e.path().startsWith("line 4, column "), e.path());
    }

    @Test
    void aKeyGivenTwiceIsRejected() {
        String twice = Fixtures.SMALL.replace("\"version\": \"1\",", "\"version\": \"1\", \"version\": \"2\",");
        DefinitionException e = assertThrows(DefinitionException.class, () -> Definitions.load("twice.json", twice.getBytes(StandardCharsets.UTF_8)));
        assertEquals("duplicate-key", e.rule());
        assertTrue(e.path().startsWith("line 2"), e.path());
    }

    @Test
    void anEmptyFileIsRejected() {
        assertEquals("json-syntax", assertThrows(DefinitionException.class, () -> Definitions.load("empty.json", new byte[0])).rule());
    }

    @Test
    void shapeErrorsNameTheirPath() {
        assertProblem(rejected(t -> t.put("colour", "blue")), "$.colour", "unknown-field");
        assertProblem(rejected(t -> t.remove("citation")), "$.citation", "required");
        assertProblem(rejected(t -> t.put("licensed", "no")), "$.licensed", "type");
        assertProblem(rejected(t -> ((ObjectNode) items(t).get(0)).put("type", "FREE_TEXT")), "$.items[0].type", "enum-value");
        assertProblem(rejected(t -> ((ObjectNode) items(t).get(0).get("scoring")).put("weight", 1.5)), "$.items[0].scoring.weight", "type");
        assertProblem(rejected(t -> t.put("id", "Not An Id")), "$.id", "id-format");
    }

    @Test
    void scoringRulesNameTheirPath() {
        assertProblem(rejected(t -> ((ObjectNode) items(t).get(0).get("scoring")).putObject("points").put("yes", 1).put("no", 0)),
                "$.items[0].scoring", "scoring-one-method");
        assertProblem(rejected(t -> ((ObjectNode) items(t).get(0)).putObject("scoring").putObject("points").put("yes", 1)),
                "$.items[0].scoring.points", "points-incomplete");
        assertProblem(rejected(t -> ((ObjectNode) items(t).get(0)).putObject("scoring").putObject("points").put("yes", 1).put("no", 0)
                .put("maybe", 0)), "$.items[0].scoring.points.maybe", "points-unknown-value");
        assertProblem(rejected(t -> ((ObjectNode) t.get("totals").get(0)).putArray("items").add("a").add("b").add("c").add("zzz")),
                "$.totals[0].items[3]", "total-unknown-item");
    }

    @Test
    void numericRangesMustNeitherOverlapNorLeaveGaps() {
        String numeric = """
                {"id": "n", "type": "NUMERIC", "label": {"en": "N", "fr": "N"}, "bounds": {"min": 0, "max": 100},
                 "scoring": {"ranges": [{"from": 0, "to": 10, "points": 0}, {"from": %s, "points": 1}]}}""";
        for (String[] c : new String[][] {{"5", "ranges-overlap"}, {"12", "ranges-gap"}}) {
            DefinitionException e = rejected(t -> {
                try {
                    items(t).add(Fixtures.JSON.readTree(numeric.formatted(c[0])));
                } catch (java.io.IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            });
            assertProblem(e, "$.items[3].scoring.ranges[1]", c[1]);
        }
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        DefinitionException e = rejected(t -> {
            ((ObjectNode) items(t).get(1)).put("id", "a");
            ((ObjectNode) bands(t).get(1)).put("min", 3);
        });
        assertTrue(e.problems().size() >= 2, e.problems().toString());
    }
}
