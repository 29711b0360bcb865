package org.lanterne.instruments.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lanterne.instruments.provider.Fixtures.answers;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lanterne.instruments.api.DefinitionException;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.Item;
import org.lanterne.instruments.api.ScoreResult;
import org.lanterne.instruments.api.ValidationError;
import org.lanterne.instruments.api.ValidationError.Code;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Every validation error of the answers, and every missing-item policy. */
class ScoringValidationTest {

    private final PureScoringEngine engine = new PureScoringEngine();
    private final InstrumentDefinition small = Fixtures.load(Fixtures.small());
    private final InstrumentDefinition static99r = Fixtures.builtIn("static-99r.json");

    private List<Code> codes(ScoreResult result) {
        return result.errors().stream().map(ValidationError::code).toList();
    }

    private InstrumentDefinition withMissing(String mode, Integer max) {
        ObjectNode tree = Fixtures.small();
        ObjectNode missing = tree.putObject("missing").put("mode", mode);
        if (max != null) {
            missing.put("maxMissing", max);
        }
        return Fixtures.load(tree);
    }

    @Test
    void anAnswerToAnUnknownItemIsAnError() {
        ScoreResult result = engine.score(small, answers("a", true, "b", true, "c", 1, "zzz", true), null);
        assertEquals(List.of(Code.UNKNOWN_ITEM), codes(result));
        assertEquals("zzz", result.errors().get(0).itemId());
        assertTrue(result.totals().isEmpty());
        assertNull(result.band());
    }

    @Test
    void anAnswerOfTheWrongTypeIsInvalid() {
        assertEquals(List.of(Code.INVALID_VALUE), codes(engine.score(small, answers("a", 1, "b", true, "c", 1), null)));
        assertEquals(List.of(Code.INVALID_VALUE), codes(engine.score(static99r, answers("ageAtRelease", "forty"), null)).subList(0, 1));
        assertEquals(List.of(Code.INVALID_VALUE), codes(engine.score(small, answers("a", true, "b", true, "c", List.of(1)), null)));
    }

    @Test
    void anAnswerThatIsNotAnAllowedValueIsRefused() {
        assertEquals(List.of(Code.VALUE_NOT_ALLOWED), codes(engine.score(small, answers("a", "maybe", "b", true, "c", 1), null)));
        assertEquals(List.of(Code.VALUE_NOT_ALLOWED), codes(engine.score(small, answers("a", true, "b", true, "c", 3), null)));
        assertEquals(List.of(Code.VALUE_NOT_ALLOWED), codes(engine.score(small, answers("a", true, "b", true, "c", 1.5), null)));
        Map<String, Object> answers = answers("priorSexOffences", "lots");
        assertTrue(codes(engine.score(static99r, answers, null)).contains(Code.VALUE_NOT_ALLOWED));
    }

    @Test
    void aNumberOutsideTheBoundsOrAFractionOfACountIsOutOfRange() {
        ScoreResult young = engine.score(static99r, answers("ageAtRelease", 17.9), null);
        assertTrue(young.errors().contains(new ValidationError(Code.OUT_OF_RANGE, "ageAtRelease", "The item 'ageAtRelease' takes a number from 18 to 120")));
        assertTrue(codes(engine.score(static99r, answers("priorSentencingDates", 2.5), null)).contains(Code.OUT_OF_RANGE));
        assertTrue(codes(engine.score(static99r, answers("priorSentencingDates", -1), null)).contains(Code.OUT_OF_RANGE));
        assertTrue(codes(engine.score(static99r, answers("ageAtRelease", Double.NaN), null)).contains(Code.INVALID_VALUE));
    }

    @Test
    void messagesNeverRepeatTheAnswer() {
        ScoreResult result = engine.score(static99r, answers("ageAtRelease", 17.25, "priorSexOffences", "secret-text"), null);
        result.errors().forEach(e -> assertFalse(e.message().contains("17.25") || e.message().contains("secret-text"), e.message()));
    }

    @Test
    void refuseListsEveryMissingItem() {
        ScoreResult result = engine.score(withMissing("REFUSE", null), answers("a", true), null);
        assertEquals(List.of(Code.MISSING_ITEM, Code.MISSING_ITEM), codes(result));
        assertEquals(List.of("b", "c"), result.missingItems());
        assertEquals("refused: 2 of 3 items missing", result.missingHandling());
    }

    @Test
    void allowUpToCountsMissingItemsAsZeroUpToItsLimit() {
        ScoreResult one = engine.score(small, answers("a", true, "c", "2"), null);
        assertEquals(3, one.totals().get("total"));
        assertEquals("1 of 3 items missing (up to 1 allowed), counted as zero", one.missingHandling());
        assertEquals("high", one.band().code());
        ScoreResult two = engine.score(small, answers("a", true), null);
        assertEquals(List.of(Code.TOO_MANY_MISSING), codes(two));
        assertEquals(List.of("b", "c"), two.missingItems());
    }

    @Test
    void countAsZeroHasNoLimitUnlessGiven() {
        ScoreResult result = engine.score(withMissing("COUNT_AS_ZERO", null), answers("c", 2), null);
        assertEquals(2, result.totals().get("total"));
        assertEquals("2 of 3 items missing, counted as zero", result.missingHandling());
        assertEquals(List.of(Code.TOO_MANY_MISSING), codes(engine.score(withMissing("COUNT_AS_ZERO", 1), answers("c", 2), null)));
    }

    @Test
    void prorateScalesTheAnsweredItemsAndSaysSo() {
        ScoreResult result = engine.score(withMissing("PRORATE", null), answers("a", true, "c", 1), null);
        assertEquals(3, result.totals().get("total"), "2 points from 2 of 3 items: 2 * 3 / 2");
        assertEquals("prorated: 2 of 3 items answered", result.missingHandling());
        assertFalse(result.complete());
        assertEquals(List.of(Code.TOO_MANY_MISSING), codes(engine.score(withMissing("PRORATE", null), answers(), null)));
    }

    @Test
    void prorationNeverGoesAboveTheMaximum() {
        // 2 points from c alone, times 3, is 6; the maximum is 4
        ScoreResult result = engine.score(withMissing("PRORATE", null), answers("c", 2), null);
        assertEquals(4, result.totals().get("total"));
        assertEquals(1.0, result.ratios().get("total"));
    }

    @Test
    void aCompleteFormSaysNothingAboutMissingness() {
        ScoreResult result = engine.score(small, answers("a", "yes", "b", "no", "c", "0"), null);
        assertTrue(result.complete());
        assertEquals("", result.missingHandling());
        assertEquals(0.25, result.ratios().get("total"));
        assertEquals("low", result.band().code());
    }

    @Test
    void anUnknownBandProfileIsAnError() {
        ScoreResult result = engine.score(small, answers("a", true, "b", true, "c", 1), "2099");
        assertEquals(List.of(Code.UNKNOWN_BAND_PROFILE), codes(result));
    }

    @Test
    void aNullAnswerCountsAsUnanswered() {
        ScoreResult result = engine.score(small, answers("a", true, "b", null, "c", 1), null);
        assertEquals(List.of("b"), result.missingItems());
        assertEquals(2, result.totals().get("total"));
    }

    @Test
    void anInconsistentDefinitionBuiltInCodeIsRefusedWithItsRule() {
        Item duplicate = small.items().get(0);
        List<Item> items = List.of(duplicate, duplicate, small.items().get(2));
        InstrumentDefinition broken = new InstrumentDefinition(small.id(), small.version(), small.languages(), small.titles(), small.citation(),
                small.licenceNote(), false, small.population(), small.kind(), items, small.missing(), small.totals(), small.bandProfiles(),
                small.defaultBandProfile(), null);
        DefinitionException e = assertThrows(DefinitionException.class, () -> engine.score(broken, Map.of(), null));
        assertEquals("duplicate-item-id", e.rule());
        assertEquals("$.items[1].id", e.path());
        assertThrows(NullPointerException.class, () -> engine.score(small, null, null));
        assertThrows(NullPointerException.class, () -> engine.score(null, Map.of(), null));
    }
}
