package org.lanterne.instruments.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.InstrumentKind;
import org.lanterne.instruments.api.Item;
import org.lanterne.instruments.api.ScoreResult;
import org.lanterne.instruments.api.ValidationError.Code;

/** CPORT (Seto & Eke 2015: seven yes/no items, one point each, 0 to 7) and the example definitions. */
class OtherBuiltInsGoldenTest {

    private final PureScoringEngine engine = new PureScoringEngine();

    private static Map<String, Object> all(InstrumentDefinition definition, Object value) {
        Map<String, Object> answers = new HashMap<>();
        definition.items().forEach(i -> answers.put(i.id(), value));
        return answers;
    }

    @Test
    void cportScoresZeroToSevenOnePointPerItem() {
        InstrumentDefinition cport = Fixtures.builtIn("cport.json");
        assertEquals(7, cport.items().size());
        assertEquals(0, engine.score(cport, all(cport, false), null).totals().get("total"));
        assertEquals(7, engine.score(cport, all(cport, true), null).totals().get("total"));
        for (Item item : cport.items()) {
            Map<String, Object> answers = all(cport, "no");
            answers.put(item.id(), "yes");
            assertEquals(1, engine.score(cport, answers, null).totals().get("total"), item.id());
        }
        assertNull(engine.score(cport, all(cport, true), null).band(), "CPORT has no published levels here");
    }

    @Test
    void cportRefusesAMissingItem() {
        InstrumentDefinition cport = Fixtures.builtIn("cport.json");
        Map<String, Object> answers = all(cport, true);
        answers.remove("priorCriminalHistory");
        ScoreResult result = engine.score(cport, answers, null);
        assertEquals(List.of(Code.MISSING_ITEM), result.errors().stream().map(e -> e.code()).toList());
        assertEquals("priorCriminalHistory", result.errors().get(0).itemId());
        assertEquals(List.of("priorCriminalHistory"), result.missingItems());
        assertTrue(result.totals().isEmpty());
    }

    @Test
    void theDynamicExampleAddsTotalSubscalesAndRatio() {
        InstrumentDefinition needs = Fixtures.builtIn("dynamic-needs-example.json");
        assertEquals(InstrumentKind.DYNAMIC, needs.kind());
        Map<String, Object> answers = all(needs, "0");
        answers.put("generalSelfRegulation", 2);
        answers.put("sexualSelfRegulation", "2");
        answers.put("intimacyDeficits", "1");
        ScoreResult result = engine.score(needs, answers, null);
        assertEquals(Map.of("total", 5, "selfRegulation", 4, "relationships", 1), result.totals());
        assertEquals(5 / 12.0, result.ratios().get("total"), 1e-9);
        assertEquals("moderate", result.band().code());
        assertEquals(12, engine.score(needs, all(needs, 2), null).totals().get("total"));
        assertEquals("high", engine.score(needs, all(needs, 2), null).band().code());
    }

    @Test
    void theDynamicExampleProratesOneMissingItemAndRefusesTwo() {
        InstrumentDefinition needs = Fixtures.builtIn("dynamic-needs-example.json");
        Map<String, Object> answers = all(needs, "1");
        answers.remove("socialInfluences");
        ScoreResult result = engine.score(needs, answers, null);
        assertEquals(6, result.totals().get("total"), "5 points from 5 of 6 items, times 6/5");
        assertEquals("prorated: 5 of 6 items answered", result.missingHandling());
        assertEquals(List.of("socialInfluences"), result.missingItems());
        assertFalse(result.complete());
        assertEquals(2, result.totals().get("relationships"), "1 point from 1 of 2 items, times 2");

        answers.remove("intimacyDeficits");
        ScoreResult refused = engine.score(needs, answers, null);
        assertEquals(Code.TOO_MANY_MISSING, refused.errors().get(0).code());
        assertTrue(refused.totals().isEmpty());
    }

    @Test
    void prorationRoundsHalfAwayFromZero() {
        InstrumentDefinition needs = Fixtures.builtIn("dynamic-needs-example.json");
        Map<String, Object> answers = all(needs, "0");
        answers.put("socialInfluences", null);
        answers.put("intimacyDeficits", "2");
        answers.put("generalSelfRegulation", "1");
        // 3 points from 5 items: 3 * 6 / 5 = 3.6, rounded to 4
        assertEquals(4, engine.score(needs, answers, null).totals().get("total"));
        answers.put("generalSelfRegulation", "0");
        // 2 * 6 / 5 = 2.4, rounded to 2
        assertEquals(2, engine.score(needs, answers, null).totals().get("total"));
    }

    @Test
    void theSpjExampleGivesTheJudgementAndNoTotal() {
        InstrumentDefinition spj = Fixtures.builtIn("adolescent-spj-example.json");
        assertEquals(InstrumentKind.SPJ, spj.kind());
        Map<String, Object> answers = all(spj, "possibly");
        answers.put("clinicalJudgement", "moderate");
        ScoreResult result = engine.score(spj, answers, null);
        assertTrue(result.valid(), () -> result.errors().toString());
        assertTrue(result.totals().isEmpty());
        assertTrue(result.ratios().isEmpty());
        assertNull(result.band());
        assertEquals("moderate", result.judgement());
    }

    @ParameterizedTest
    @ValueSource(strings = {"present", "possibly", "not-present", "unknown"})
    void everySpjRatingIsAccepted(String rating) {
        InstrumentDefinition spj = Fixtures.builtIn("adolescent-spj-example.json");
        Map<String, Object> answers = all(spj, rating);
        answers.put("clinicalJudgement", "low");
        assertTrue(engine.score(spj, answers, null).valid());
    }

    @Test
    void theSpjExampleNeedsEveryFactorAndTheJudgement() {
        InstrumentDefinition spj = Fixtures.builtIn("adolescent-spj-example.json");
        Map<String, Object> answers = all(spj, "present");
        answers.remove("clinicalJudgement");
        answers.remove("impulsivity");
        ScoreResult result = engine.score(spj, answers, null);
        assertEquals(List.of(Code.MISSING_JUDGEMENT, Code.MISSING_ITEM), result.errors().stream().map(e -> e.code()).toList());
        assertNull(result.judgement());
    }

    @Test
    void theWeeklyCheckAddsFourItemsRatedZeroToThreeIntoThreeLevels() {
        InstrumentDefinition weekly = Fixtures.builtIn("selfhelp-weekly-check-example.json");
        assertEquals(InstrumentKind.CHECKLIST, weekly.kind());
        ScoreResult calm = engine.score(weekly, Map.of("urges", "1", "coping", "0", "mood", "1", "alone", 1), null);
        assertEquals(3, calm.totals().get("total"));
        assertEquals("steady", calm.band().code());
        assertEquals("mixed", engine.score(weekly, all(weekly, "1"), null).band().code());
        ScoreResult hard = engine.score(weekly, all(weekly, "3"), null);
        assertEquals(12, hard.totals().get("total"));
        assertEquals("hard", hard.band().code());
        assertEquals(List.of(Code.MISSING_ITEM), engine.score(weekly, Map.of("urges", "0", "coping", "0", "mood", "0"), null)
                .errors().stream().map(e -> e.code()).toList(), "a self-report is scored only when complete");
    }

    @ParameterizedTest
    @ValueSource(strings = {"static-99r.json", "cport.json", "dynamic-needs-example.json", "adolescent-spj-example.json",
            "selfhelp-weekly-check-example.json"})
    void everyBuiltInIsLabelledInFrenchEnglishAndArabicScript(String name) {
        InstrumentDefinition definition = Fixtures.builtIn(name);
        assertEquals(List.of("en", "fr", "ar"), definition.languages());
        for (Item item : definition.items()) {
            assertTrue(item.labels().get("ar").codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                    item.id());
            assertFalse(item.labels().get("fr").equals(item.labels().get("en")) && item.labels().get("en").length() > 12, item.id());
        }
        assertFalse(definition.citation().isBlank());
    }
}
