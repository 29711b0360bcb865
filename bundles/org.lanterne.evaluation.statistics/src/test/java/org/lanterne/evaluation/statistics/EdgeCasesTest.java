package org.lanterne.evaluation.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Small cases worked by hand, and the inputs the statistics refuse. */
class EdgeCasesTest {

    @Test
    void kaplanMeierOfATextbookSampleMatchesTheHandCalculation() {
        // times 1, 2, 2+, 3, 4+ (+ censored): S(1) = 4/5, S(3) = 4/5 · 1/2 = 0.4 (two still at risk at 3)
        KaplanMeier curve = KaplanMeier.estimate(new double[] { 1, 2, 2, 3, 4 }, new boolean[] { true, true, false, true, false });
        assertEquals(List.of(1.0, 2.0, 3.0), curve.steps().stream().map(KaplanMeier.Step::time).toList());
        assertEquals(0.8, curve.survivalAt(1.5), 1e-12);
        assertEquals(0.6, curve.survivalAt(2), 1e-12);
        assertEquals(0.3, curve.survivalAt(3), 1e-12);
        assertEquals(1, curve.steps().get(1).censored(), "censored at an event time: counted with that step, at risk for it");
        assertEquals(1.0, curve.survivalAt(0.5));
    }

    @Test
    void whenEveryoneHasTheEventTheIntervalIsUndefinedNotInvented() {
        KaplanMeier curve = KaplanMeier.estimate(new double[] { 1, 2 }, new boolean[] { true, true });
        assertEquals(0, curve.survivalAt(2));
        assertTrue(Double.isNaN(curve.steps().get(1).interval().lower()));
    }

    @Test
    void aPerfectScoreHasAnAucOfOneAndItsIntervalStaysWithinOne() {
        RocAuc auc = RocAuc.of(new double[] { 5, 6, 7 }, new double[] { 1, 2, 3 });
        assertEquals(1, auc.auc());
        assertTrue(auc.interval().upper() <= 1);
    }

    @Test
    void tiesCountOneHalf() {
        assertEquals(0.5, RocAuc.of(new double[] { 2, 2 }, new double[] { 2, 2 }).auc());
    }

    @Test
    void identicalGroupsGiveALogRankStatisticOfZero() {
        LogRank test = LogRank.test(new double[] { 1, 1, 2, 2 }, new boolean[] { true, true, false, false }, new String[] { "a", "b", "a", "b" });
        assertEquals(0, test.chiSquare(), 1e-12);
        assertEquals(1, test.pValue(), 1e-12);
    }

    @Test
    void badInputIsRefusedWithWhatIsWrong() {
        assertEquals("Before and after must hold the same people: 2 and 3 values.",
                assertThrows(IllegalArgumentException.class, () -> PrePostChange.of(new double[2], new double[3])).getMessage());
        assertEquals("Follow-up times are zero or more, not -1.0.",
                assertThrows(IllegalArgumentException.class, () -> KaplanMeier.estimate(new double[] { -1 }, new boolean[] { true })).getMessage());
        assertEquals("The log-rank test compares two or more groups, not 1.", assertThrows(IllegalArgumentException.class,
                () -> LogRank.test(new double[] { 1 }, new boolean[] { true }, new String[] { "a" })).getMessage());
        assertEquals("A reliability lies strictly between 0 and 1, not 1.0.", assertThrows(IllegalArgumentException.class,
                () -> ReliableChange.of(new double[] { 1, 2 }, new double[] { 1, 2 }, 1, true)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RocAuc.of(new double[] { 1 }, new double[] { 1, 2 })).getMessage()
                .startsWith("An AUC with an interval needs at least two cases"));
    }
}
