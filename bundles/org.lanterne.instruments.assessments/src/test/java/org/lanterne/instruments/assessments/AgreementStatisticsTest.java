package org.lanterne.instruments.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Golden values from published worked examples, and from examples worked by hand below. */
class AgreementStatisticsTest {

    @Test
    void kappaOfTheTextbookTwoByTwoTableIsZeroPointFour() {
        // The usual teaching example (Wikipedia, "Cohen's kappa"): 50 proposals, both say yes to 20,
        // A yes and B no 5, A no and B yes 10, both no 15. po = 35/50 = 0.7;
        // pe = (25/50)(30/50) + (25/50)(20/50) = 0.3 + 0.2 = 0.5; kappa = (0.7 - 0.5) / 0.5 = 0.4.
        assertEquals(0.4, AgreementStatistics.cohensKappa(raterA(20, 5, 10, 15), raterB(20, 5, 10, 15)), 1e-12);
    }

    @Test
    void kappaTellsApartTablesWithTheSameObservedAgreement() {
        // Same source: po = 0.6 in both, but pe = 0.54 and 0.46 give kappa 0.1304 and 0.2593.
        assertEquals(0.130434782608, AgreementStatistics.cohensKappa(raterA(45, 15, 25, 15), raterB(45, 15, 25, 15)), 1e-9);
        assertEquals(0.259259259259, AgreementStatistics.cohensKappa(raterA(25, 35, 5, 35), raterB(25, 35, 5, 35)), 1e-9);
        assertEquals(0.6, AgreementStatistics.observedAgreement(raterA(25, 35, 5, 35), raterB(25, 35, 5, 35)), 1e-12);
    }

    @Test
    void kappaOverThreeBandsWorkedByHand() {
        // po = 4/6; A uses each band twice (1/3 each), B uses I twice, II three times, III once:
        // pe = (1/3)(2/6) + (1/3)(3/6) + (1/3)(1/6) = 1/3; kappa = (2/3 - 1/3) / (2/3) = 0.5.
        List<String> a = List.of("I", "I", "II", "II", "III", "III");
        List<String> b = List.of("I", "II", "II", "II", "III", "I");
        assertEquals(0.5, AgreementStatistics.cohensKappa(a, b), 1e-12);
    }

    @Test
    void kappaIsOneForPerfectAgreementAndUndefinedWhenBothAlwaysChooseOneBand() {
        assertEquals(1.0, AgreementStatistics.cohensKappa(List.of("low", "high", "low"), List.of("low", "high", "low")), 1e-12);
        assertNull(AgreementStatistics.cohensKappa(List.of("low", "low"), List.of("low", "low")));
        assertNull(AgreementStatistics.cohensKappa(List.of("low"), List.of("high")), "one case is not enough");
        assertNull(AgreementStatistics.observedAgreement(List.of(), List.of()));
    }

    @Test
    void iccOfShroutAndFleissSixTargetsByFourJudgesIsZeroPointTwentyNine() {
        // Shrout & Fleiss (1979), Psychological Bulletin 86(2), Table 2; their Table 4 gives
        // BMS 11.24, JMS 32.49, EMS 1.02 and ICC(2,1) = .29.
        double[][] table = {
                { 9, 2, 5, 8 },
                { 6, 1, 3, 2 },
                { 8, 4, 6, 8 },
                { 7, 1, 2, 6 },
                { 10, 5, 6, 9 },
                { 6, 2, 4, 7 } };
        assertEquals(0.2898, AgreementStatistics.icc21(table), 5e-5);
    }

    @Test
    void iccOfTwoRatersWorkedByHand() {
        // Totals (A, B): (1,2) (2,2) (3,4) (4,5) (5,5). Grand mean 3.3; case means 1.5 2 3.5 4.5 5;
        // rater means 3.0 and 3.6. SS cases = 2 (3.24 + 1.69 + 0.04 + 1.44 + 2.89) = 18.6, MSR = 18.6 / 4 = 4.65;
        // SS raters = 5 (0.09 + 0.09) = 0.9, MSC = 0.9; SS total = 20.1, SS error = 20.1 - 18.6 - 0.9 = 0.6,
        // MSE = 0.6 / 4 = 0.15. ICC(2,1) = (4.65 - 0.15) / (4.65 + 0.15 + 2 (0.9 - 0.15) / 5) = 4.5 / 5.1 = 15/17.
        double[][] totals = { { 1, 2 }, { 2, 2 }, { 3, 4 }, { 4, 5 }, { 5, 5 } };
        assertEquals(15.0 / 17.0, AgreementStatistics.icc21(totals), 1e-12);
    }

    @Test
    void iccIsOneForIdenticalTotalsAndUndefinedWithoutVarianceOrCases() {
        assertEquals(1.0, AgreementStatistics.icc21(new double[][] { { 1, 1 }, { 4, 4 }, { 2, 2 } }), 1e-12);
        assertNull(AgreementStatistics.icc21(new double[][] { { 3, 3 }, { 3, 3 } }));
        assertNull(AgreementStatistics.icc21(new double[][] { { 3, 4 } }));
        assertNull(AgreementStatistics.icc21(new double[0][]));
    }

    // A 2x2 table as two lists of answers: yy both yes, yn A yes B no, ny A no B yes, nn both no.
    private static List<String> raterA(int yy, int yn, int ny, int nn) {
        return answers(yy, "yes", yn, "yes", ny, "no", nn, "no");
    }

    private static List<String> raterB(int yy, int yn, int ny, int nn) {
        return answers(yy, "yes", yn, "no", ny, "yes", nn, "no");
    }

    private static List<String> answers(Object... countsAndValues) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < countsAndValues.length; i += 2) {
            for (int j = 0; j < (int) countsAndValues[i]; j++) {
                answers.add((String) countsAndValues[i + 1]);
            }
        }
        return answers;
    }
}
