package org.lanterne.literature.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lanterne.literature.api.Decision;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.ScreeningDecision;

/** One reviewer's view of a review: their own latest decisions only, the count they screened, the next record to screen. */
class ReviewQueueTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    static LiteratureRecord record(String id, String title) {
        return new LiteratureRecord(id, title, List.of(), OptionalInt.of(2024), Optional.empty(), "fr", "text", Set.of(),
                Optional.empty(), id + ".txt", "0".repeat(64));
    }

    static ScreeningDecision decision(String id, String reviewer, Decision decision, int minute) {
        return new ScreeningDecision(id, reviewer, decision, decision == Decision.EXCLUDE ? Optional.of("wrong outcome") : Optional.empty(),
                T.plusSeconds(60L * minute));
    }

    private final List<LiteratureRecord> records = List.of(record("lit-c", "Cyberviolence"), record("lit-a", "avis enfants"),
            record("lit-b", "Bilan national"));

    @Test
    void recordsAreListedByTitleIgnoringCase() {
        ReviewQueue queue = ReviewQueue.of(records, Map.of(), "amina");
        assertEquals(List.of("avis enfants", "Bilan national", "Cyberviolence"), queue.rows().stream().map(row -> row.record().title()).toList());
        assertEquals(0, queue.screened());
        assertEquals(3, queue.size());
    }

    @Test
    void eachRowHoldsTheReviewersLatestDecisionAndNeverAnotherReviewers() {
        ReviewQueue queue = ReviewQueue.of(records, Map.of(
                "lit-a", List.of(decision("lit-a", "amina", Decision.INCLUDE, 1), decision("lit-a", "karim", Decision.EXCLUDE, 2),
                        decision("lit-a", "amina", Decision.MAYBE, 3)),
                "lit-b", List.of(decision("lit-b", "karim", Decision.INCLUDE, 1))), "amina");
        assertEquals(Optional.of(Decision.MAYBE), queue.rows().get(0).mine().map(ScreeningDecision::decision));
        assertEquals(Optional.empty(), queue.rows().get(1).mine(), "karim's decision shown to amina");
        assertEquals(1, queue.screened());
    }

    @Test
    void theNextRecordToScreenIsTheFirstUndecidedAfterTheCurrentGoingRound() {
        ReviewQueue queue = ReviewQueue.of(records, Map.of("lit-b", List.of(decision("lit-b", "amina", Decision.INCLUDE, 1))), "amina");
        assertEquals(0, queue.nextUndecided(-1));
        assertEquals(2, queue.nextUndecided(0), "the decided record in between is skipped");
        assertEquals(0, queue.nextUndecided(2), "after the last comes the first");
        ReviewQueue done = queue.with(decision("lit-a", "amina", Decision.MAYBE, 2)).with(decision("lit-c", "amina", Decision.EXCLUDE, 3));
        assertEquals(-1, done.nextUndecided(0));
        assertEquals(3, done.screened());
    }

    @Test
    void aDecisionOfAnotherReviewerOrAboutAnotherRecordLeavesTheQueueAsItIs() {
        ReviewQueue queue = ReviewQueue.of(records, Map.of(), "amina");
        assertSame(queue, queue.with(decision("lit-a", "karim", Decision.INCLUDE, 1)));
        assertSame(queue, queue.with(decision("lit-z", "amina", Decision.INCLUDE, 1)));
    }

    @Test
    void aRetaggedRecordKeepsItsPlaceAndTheReviewersDecision() {
        ReviewQueue queue = ReviewQueue.of(records, Map.of(), "amina").with(decision("lit-b", "amina", Decision.INCLUDE, 1));
        LiteratureRecord tagged = new LiteratureRecord("lit-b", "Bilan national", List.of(), OptionalInt.of(2024), Optional.empty(), "fr",
                "text", Set.of("revue 2026"), Optional.empty(), "lit-b.txt", "0".repeat(64));
        ReviewQueue after = queue.with(tagged);
        assertEquals(1, after.indexOf("lit-b"));
        assertEquals(Set.of("revue 2026"), after.rows().get(1).record().tags());
        assertEquals(1, after.screened());
    }
}
