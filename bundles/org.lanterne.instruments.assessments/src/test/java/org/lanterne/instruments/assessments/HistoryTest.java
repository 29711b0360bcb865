package org.lanterne.instruments.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lanterne.instruments.api.AssessmentChange;

class HistoryTest {

    @Test
    void eachAssessmentIsComparedWithTheOneBefore() {
        List<AssessmentChange> history = History.of(List.of(
                Assessments.of("C", "ana", "2026-01-10", 5, "IVa"),
                Assessments.of("C", "ana", "2026-04-10", 3, "III"),
                Assessments.of("C", "ana", "2026-07-10", 2, "III")));

        assertNull(history.get(0).totalChange());
        assertNull(history.get(0).previousBand());
        assertFalse(history.get(0).bandChanged());

        assertEquals(-2, history.get(1).totalChange());
        assertEquals("IVa", history.get(1).previousBand());
        assertTrue(history.get(1).bandChanged());

        assertEquals(-1, history.get(2).totalChange());
        assertEquals("III", history.get(2).previousBand());
        assertFalse(history.get(2).bandChanged());
    }

    @Test
    void withoutTotalsThereIsNoChangeOfTotal() {
        List<AssessmentChange> history = History.of(List.of(
                Assessments.of("C", "ana", "2026-01-10", null, null),
                Assessments.of("C", "ana", "2026-02-10", null, null)));

        assertNull(history.get(1).totalChange());
        assertFalse(history.get(1).bandChanged());
    }

    @Test
    void anEmptyHistoryStaysEmpty() {
        assertTrue(History.of(List.of()).isEmpty());
    }
}
