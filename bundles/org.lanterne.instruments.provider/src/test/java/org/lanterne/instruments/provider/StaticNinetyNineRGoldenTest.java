package org.lanterne.instruments.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.ScoreResult;

/**
 * STATIC-99R against its published scoring: items and weights from Helmus, Thornton, Hanson &
 * Babchishin (2012), 2016 levels from Hanson et al. (2017), pre-2016 categories as listed in
 * shared/docs/DOMAIN.md.
 */
class StaticNinetyNineRGoldenTest {

    private final InstrumentDefinition static99r = Fixtures.builtIn("static-99r.json");
    private final PureScoringEngine engine = new PureScoringEngine();

    /** Every item at its zero-point answer, age 35 to 39.9 (0 points): total 0. */
    private static Map<String, Object> zero() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("ageAtRelease", 37);
        answers.put("livedWithPartner", true);
        answers.put("indexNonSexualViolence", false);
        answers.put("priorNonSexualViolence", false);
        answers.put("priorSexOffences", "none");
        answers.put("priorSentencingDates", 0);
        answers.put("nonContactSexOffences", false);
        answers.put("unrelatedVictims", false);
        answers.put("strangerVictims", false);
        answers.put("maleVictims", false);
        return answers;
    }

    private ScoreResult score(Map<String, Object> answers, String profile) {
        ScoreResult result = engine.score(static99r, answers, profile);
        assertTrue(result.valid(), () -> result.errors().toString());
        return result;
    }

    @ParameterizedTest(name = "age {0} gives {1}")
    @CsvSource({"18, 1", "25, 1", "34.9, 1", "34.99, 1", "35.0, 0", "35, 0", "39.9, 0", "40, -1", "40.0, -1", "59.9, -1", "60, -3",
            "60.0, -3", "85, -3"})
    void ageAtReleaseBandsHaveTheirPublishedEdges(String age, int points) {
        Map<String, Object> answers = zero();
        answers.put("ageAtRelease", Double.parseDouble(age));
        assertEquals(points, score(answers, null).totals().get("total"));
        answers.put("ageAtRelease", new BigDecimal(age));
        assertEquals(points, score(answers, null).totals().get("total"));
    }

    @Test
    void theLowestTotalIsMinusThreeAndTheHighestTwelve() {
        Map<String, Object> lowest = zero();
        lowest.put("ageAtRelease", 60);
        ScoreResult low = score(lowest, null);
        assertEquals(-3, low.totals().get("total"));
        assertEquals("I", low.band().code());

        Map<String, Object> highest = new HashMap<>();
        highest.put("ageAtRelease", 18);
        highest.put("livedWithPartner", "no");
        highest.put("indexNonSexualViolence", "yes");
        highest.put("priorNonSexualViolence", true);
        highest.put("priorSexOffences", "6-charges-or-4-convictions");
        highest.put("priorSentencingDates", 4);
        highest.put("nonContactSexOffences", true);
        highest.put("unrelatedVictims", true);
        highest.put("strangerVictims", true);
        highest.put("maleVictims", true);
        ScoreResult high = score(highest, null);
        assertEquals(12, high.totals().get("total"));
        assertEquals("IVb", high.band().code());
        assertEquals("2016", high.bandProfile());
        assertTrue(high.complete());
    }

    @ParameterizedTest(name = "{0} prior sex offence category gives {1}")
    @CsvSource({"none, 0", "1-2-charges-or-1-conviction, 1", "3-5-charges-or-2-3-convictions, 2", "6-charges-or-4-convictions, 3"})
    void priorSexOffencesFollowTheFourPublishedCategories(String category, int points) {
        Map<String, Object> answers = zero();
        answers.put("priorSexOffences", category);
        assertEquals(points, score(answers, null).totals().get("total"));
    }

    @ParameterizedTest(name = "{0} prior sentencing dates give {1}")
    @CsvSource({"0, 0", "3, 0", "4, 1", "12, 1"})
    void fourOrMorePriorSentencingDatesGiveOnePoint(int dates, int points) {
        Map<String, Object> answers = zero();
        answers.put("priorSentencingDates", dates);
        assertEquals(points, score(answers, null).totals().get("total"));
    }

    @Test
    void neverHavingLivedWithAPartnerAndEachYesItemGiveOnePoint() {
        Map<String, Object> answers = zero();
        answers.put("livedWithPartner", false);
        assertEquals(1, score(answers, null).totals().get("total"));
        for (String item : new String[] {"indexNonSexualViolence", "priorNonSexualViolence", "nonContactSexOffences", "unrelatedVictims",
                "strangerVictims", "maleVictims"}) {
            Map<String, Object> one = zero();
            one.put(item, true);
            assertEquals(1, score(one, null).totals().get("total"), item);
        }
    }

    /** Builds a total from the age item (1, 0, -1, -3) and the yes items. */
    private static Map<String, Object> totalOf(int total) {
        Map<String, Object> answers = zero();
        int rest = total;
        if (total < 0) {
            answers.put("ageAtRelease", total == -3 || total == -2 ? 60 : 45);
            rest = total - (total <= -2 ? -3 : -1);
        }
        String[] yes = {"indexNonSexualViolence", "priorNonSexualViolence", "nonContactSexOffences", "unrelatedVictims", "strangerVictims",
                "maleVictims"};
        for (int i = 0; i < rest; i++) {
            answers.put(yes[i], true);
        }
        return answers;
    }

    @ParameterizedTest(name = "total {0} is level {1} (2016) and {2} (pre-2016)")
    @CsvSource({"-3, I, low", "-2, I, low", "-1, II, low", "0, II, low", "1, III, low", "2, III, moderate-low", "3, III, moderate-low",
            "4, IVa, moderate-high", "5, IVa, moderate-high", "6, IVb, high"})
    void everyLevelBoundaryOfBothBandProfiles(int total, String level2016, String levelBefore) {
        ScoreResult current = score(totalOf(total), "2016");
        assertEquals(total, current.totals().get("total"));
        assertEquals(level2016, current.band().code());
        ScoreResult before = score(totalOf(total), "pre-2016");
        assertEquals(levelBefore, before.band().code());
        assertEquals("pre-2016", before.bandProfile());
    }

    @Test
    void theLevelLabelsAreTranslated() {
        ScoreResult result = score(totalOf(4), null);
        assertEquals("Level IVa: above average risk", result.band().labels().get("en"));
        assertTrue(result.band().labels().get("fr").startsWith("Niveau IVa"));
        assertTrue(result.band().labels().get("ar").contains("خطر"));
    }
}
