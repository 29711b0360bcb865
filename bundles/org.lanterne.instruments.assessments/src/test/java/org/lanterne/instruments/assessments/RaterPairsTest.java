package org.lanterne.instruments.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lanterne.instruments.api.Assessment;
import org.lanterne.instruments.api.RaterAgreement;

class RaterPairsTest {

    @Test
    void eachRatersLatestAssessmentOfEachParticipantBothRatedIsPaired() {
        List<Assessment> assessments = List.of(
                // P1: ana's older 9 is replaced by her later 1
                Assessments.of("P1", "ana", "2026-01-01", 9, "high"),
                Assessments.of("P1", "ana", "2026-02-01", 1, "low"),
                Assessments.of("P1", "ben", "2026-02-02", 2, "low"),
                Assessments.of("P2", "ana", "2026-02-01", 2, "low"),
                Assessments.of("P2", "ben", "2026-02-01", 2, "low"),
                Assessments.of("P3", "ana", "2026-02-01", 3, "high"),
                Assessments.of("P3", "ben", "2026-02-01", 4, "high"),
                Assessments.of("P4", "ana", "2026-02-01", 4, "high"),
                Assessments.of("P4", "ben", "2026-02-01", 5, "high"),
                Assessments.of("P5", "ana", "2026-02-01", 5, "high"),
                Assessments.of("P5", "ben", "2026-02-01", 5, "high"),
                // only one rater: not a case
                Assessments.of("P6", "ana", "2026-02-01", 0, "low"),
                Assessments.of("P7", "ben", "2026-02-01", 0, "low"));

        RaterAgreement agreement = RaterPairs.agreement("example", "ana", "ben", assessments);

        assertEquals(5, agreement.cases());
        assertEquals(1.0, agreement.bandAgreement(), 1e-12);
        assertEquals(1.0, agreement.kappa(), 1e-12);
        // the two-rater example worked by hand in AgreementStatisticsTest
        assertEquals(15.0 / 17.0, agreement.icc(), 1e-12);
    }

    @Test
    void withoutCasesOrBandsTheStatisticsAreUndefined() {
        RaterAgreement none = RaterPairs.agreement("example", "ana", "ben", List.of(Assessments.of("P1", "ana", "2026-01-01", 1, "low")));
        assertEquals(0, none.cases());
        assertNull(none.bandAgreement());
        assertNull(none.kappa());
        assertNull(none.icc());

        RaterAgreement unbanded = RaterPairs.agreement("example", "ana", "ben", List.of(
                Assessments.of("P1", "ana", "2026-01-01", 1, null), Assessments.of("P1", "ben", "2026-01-01", 2, null),
                Assessments.of("P2", "ana", "2026-01-01", 3, null), Assessments.of("P2", "ben", "2026-01-01", 3, null)));
        assertEquals(2, unbanded.cases());
        assertNull(unbanded.bandAgreement());
        assertNull(unbanded.kappa());
        assertEquals(AgreementStatistics.icc21(new double[][] { { 1, 2 }, { 3, 3 } }), unbanded.icc());
    }
}
