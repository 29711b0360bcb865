package org.lanterne.literature.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lanterne.literature.api.Decision;
import org.lanterne.literature.api.PrismaCounts;
import org.lanterne.literature.api.ScreeningConflict;
import org.lanterne.literature.api.ScreeningDecision;

class ScreeningTallyTest {

    private final List<ScreeningDecision> history = new ArrayList<>();

    private void decide(String record, String reviewer, Decision decision, String reason) {
        history.add(new ScreeningDecision(record, reviewer, decision, Optional.ofNullable(reason),
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(history.size())));
    }

    @Test
    void aReviewersLatestDecisionReplacesTheirEarlierOnes() {
        decide("lit-1", "amina", Decision.INCLUDE, null);
        decide("lit-1", "yanis", Decision.EXCLUDE, "wrong population");
        decide("lit-1", "yanis", Decision.INCLUDE, null);

        assertEquals(List.of(), new ScreeningTally(history).conflicts());
        assertEquals(1, new ScreeningTally(history).prisma(1).included());
    }

    @Test
    void recordsOnWhichTheLatestDecisionsDifferAreConflictsWithEachReviewersLatestDecision() {
        decide("lit-2", "yanis", Decision.INCLUDE, null);
        decide("lit-2", "amina", Decision.INCLUDE, null);
        decide("lit-2", "amina", Decision.MAYBE, null);
        decide("lit-1", "amina", Decision.EXCLUDE, "wrong outcome");
        decide("lit-1", "yanis", Decision.EXCLUDE, "wrong population");

        List<ScreeningConflict> conflicts = new ScreeningTally(history).conflicts();

        assertEquals(1, conflicts.size());
        assertEquals("lit-2", conflicts.get(0).recordId());
        assertEquals(List.of("amina", "yanis"), conflicts.get(0).latest().stream().map(ScreeningDecision::reviewer).toList());
        assertEquals(List.of(Decision.MAYBE, Decision.INCLUDE), conflicts.get(0).latest().stream().map(ScreeningDecision::decision).toList());
    }

    @Test
    void everyRecordCountsOnceAndExclusionsAreCountedByTheLatestReason() {
        decide("lit-1", "amina", Decision.INCLUDE, null);
        decide("lit-1", "yanis", Decision.INCLUDE, null);
        decide("lit-2", "amina", Decision.EXCLUDE, "wrong outcome");
        decide("lit-2", "yanis", Decision.EXCLUDE, "wrong population");
        decide("lit-3", "amina", Decision.EXCLUDE, "wrong population");
        decide("lit-4", "amina", Decision.EXCLUDE, "wrong study design");
        decide("lit-5", "amina", Decision.MAYBE, null);
        decide("lit-6", "amina", Decision.INCLUDE, null);
        decide("lit-6", "yanis", Decision.EXCLUDE, "wrong outcome");

        PrismaCounts counts = new ScreeningTally(history).prisma(10);

        assertEquals(10, counts.identified());
        assertEquals(6, counts.screened());
        assertEquals(1, counts.included());
        assertEquals(3, counts.excluded());
        assertEquals(Map.of("wrong population", 2L, "wrong study design", 1L), counts.excludedByReason());
        assertEquals(List.of("wrong population", "wrong study design"), List.copyOf(counts.excludedByReason().keySet()));
        assertEquals(1, counts.maybe());
        assertEquals(1, counts.inConflict());
        assertEquals(4, counts.undecided());
        assertEquals(counts.identified(),
                counts.included() + counts.excluded() + counts.maybe() + counts.inConflict() + counts.undecided());
        assertEquals(true, counts.duplicatesRemoved().isEmpty());
    }

    @Test
    void nothingDecidedLeavesEveryRecordUndecided() {
        PrismaCounts counts = new ScreeningTally(List.of()).prisma(3);

        assertEquals(0, counts.screened());
        assertEquals(3, counts.undecided());
        assertEquals(Map.of(), counts.excludedByReason());
    }
}
