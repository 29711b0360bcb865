package org.lanterne.literature.ui.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Only the answer to the latest search is shown. */
class SearchSequenceTest {

    @Test
    void aSearchStartedLaterMakesTheEarlierAnswerStale() {
        SearchSequence sequence = new SearchSequence();
        long first = sequence.next();
        assertTrue(sequence.isLatest(first));
        long second = sequence.next();
        assertFalse(sequence.isLatest(first));
        assertTrue(sequence.isLatest(second));
    }
}
