package org.lanterne.instruments.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lanterne.instruments.api.MissingMode;

/** The total shown while the form is filled in. */
class LiveScoreTest {

    @Test
    void aCompleteFormGivesTheTotalThatSavingWouldStore() {
        LiveScore score = LiveScore.of(Fixtures.ENGINE, Fixtures.checklist(MissingMode.REFUSE),
                Map.of("urges", true, "distress", "1", "hours", 3));
        assertTrue(score.recordable());
        assertFalse(score.provisional());
        assertEquals(3, score.total());
        assertEquals("high", score.result().band().code());
        assertNull(score.soFar());
    }

    @Test
    void whileItemsAreUnansweredTheTotalSoFarCountsThemAsZero() {
        LiveScore score = LiveScore.of(Fixtures.ENGINE, Fixtures.checklist(MissingMode.REFUSE), Map.of("urges", true));
        assertFalse(score.recordable());
        assertTrue(score.provisional());
        assertEquals(1, score.total());
        assertEquals(2, score.result().missingItems().size());
    }

    @Test
    void aWrongAnswerGivesNoTotalAtAll() {
        LiveScore score = LiveScore.of(Fixtures.ENGINE, Fixtures.checklist(MissingMode.REFUSE), Map.of("urges", "bad"));
        assertFalse(score.recordable());
        assertFalse(score.provisional());
        assertNull(score.total());
    }

    @Test
    void anInstrumentThatAllowsMissingItemsScoresAsItIs() {
        LiveScore score = LiveScore.of(Fixtures.ENGINE, Fixtures.checklist(MissingMode.COUNT_AS_ZERO), Map.of("urges", true));
        assertTrue(score.recordable());
        assertFalse(score.provisional());
        assertEquals(1, score.total());
    }

    @Test
    void aStructuredProfessionalJudgementHasNoTotalSoFar() {
        LiveScore score = LiveScore.of(Fixtures.ENGINE, Fixtures.judgement(), Map.of("impulsivity", "present"));
        assertFalse(score.recordable());
        assertFalse(score.provisional());
        assertNull(score.total());
    }
}
