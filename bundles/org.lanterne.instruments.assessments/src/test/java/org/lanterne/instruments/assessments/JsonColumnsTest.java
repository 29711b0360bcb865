package org.lanterne.instruments.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lanterne.instruments.api.Band;
import org.lanterne.instruments.api.BandProfile;
import org.lanterne.instruments.api.Choice;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.InstrumentKind;
import org.lanterne.instruments.api.Item;
import org.lanterne.instruments.api.ItemType;
import org.lanterne.instruments.api.MissingMode;
import org.lanterne.instruments.api.MissingPolicy;
import org.lanterne.instruments.api.NumericBounds;
import org.lanterne.instruments.api.RangePoints;
import org.lanterne.instruments.api.ScoreResult;
import org.lanterne.instruments.api.Scoring;
import org.lanterne.instruments.api.Total;
import org.lanterne.instruments.api.ValidationError;

class JsonColumnsTest {

    @Test
    void aDefinitionReadBackEqualsTheOneWritten() {
        InstrumentDefinition definition = definition(Map.of("en", "Worry checklist", "fr", "Liste d'inquiétudes", "ar", "قائمة المخاوف"));

        assertEquals(definition, JsonColumns.definition(JsonColumns.writeDefinition(definition)));
    }

    @Test
    void theSameDefinitionAlwaysGivesTheSameHashAndAnotherOneAnother() {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("en", "Worry checklist");
        titles.put("fr", "Liste");
        Map<String, String> reversed = new LinkedHashMap<>();
        reversed.put("fr", "Liste");
        reversed.put("en", "Worry checklist");

        String hash = JsonColumns.sha256(JsonColumns.writeDefinition(definition(titles)));
        assertEquals(hash, JsonColumns.sha256(JsonColumns.writeDefinition(definition(reversed))));
        assertNotEquals(hash, JsonColumns.sha256(JsonColumns.writeDefinition(definition(Map.of("en", "Another title")))));
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
    }

    @Test
    void answersKeepUnansweredItemsAndExactDecimals() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("urges", true);
        answers.put("distress", "1");
        answers.put("age", new BigDecimal("34.9"));
        answers.put("hours", 12);
        answers.put("skipped", null);

        assertEquals(answers, JsonColumns.answers(JsonColumns.write(answers)));
    }

    @Test
    void aResultReadBackEqualsTheOneWrittenWithItsTotalsInOrder() {
        Map<String, Integer> totals = new LinkedHashMap<>();
        totals.put("total", 5);
        totals.put("sub", 2);
        ScoreResult result = new ScoreResult("worry", "1.0", totals, Map.of("total", 5.0 / 6), "example",
                new Band("high", 5, null, Map.of("en", "High")), null, List.of("hours"), "1 of 3 items missing", List.of());
        ScoreResult refused = new ScoreResult("worry", "1.0", null, null, null, null, null, null, null,
                List.of(new ValidationError(ValidationError.Code.MISSING_ITEM, "hours", "The item is missing.")));

        ScoreResult read = JsonColumns.result(JsonColumns.write(result));
        assertEquals(result, read);
        assertEquals(List.of("total", "sub"), List.copyOf(read.totals().keySet()));
        assertEquals(refused, JsonColumns.result(JsonColumns.write(refused)));
    }

    private static InstrumentDefinition definition(Map<String, String> titles) {
        Map<String, String> label = Map.of("en", "Label", "fr", "Libellé", "ar", "تسمية");
        List<Item> items = List.of(
                new Item("urges", ItemType.YES_NO, label, null, null, new Scoring(null, Map.of("yes", 2, "no", 0), null)),
                new Item("distress", ItemType.ORDINAL, label,
                        List.of(new Choice("0", label), new Choice("1", label), new Choice("2", label)), null, new Scoring(1, null, null)),
                new Item("age", ItemType.NUMERIC, label, null, new NumericBounds(new BigDecimal("18"), new BigDecimal("120.5"), false),
                        new Scoring(null, null, List.of(new RangePoints(new BigDecimal("18"), new BigDecimal("34.9"), 1),
                                new RangePoints(new BigDecimal("34.9"), null, 0)))),
                new Item("context", ItemType.SINGLE_CHOICE, label, List.of(new Choice("home", label)), null, null));
        return new InstrumentDefinition("worry-checklist", "1.0", List.of("en", "fr", "ar"), titles, "Fictional.", "EPL-2.0", false,
                "Example only", InstrumentKind.CHECKLIST, items, new MissingPolicy(MissingMode.ALLOW_UP_TO, 1),
                List.of(new Total("total", label, List.of(), true)),
                List.of(new BandProfile("example", label, "total",
                        List.of(new Band("low", null, 2, label), new Band("high", 3, null, label)))),
                "example", null);
    }
}
