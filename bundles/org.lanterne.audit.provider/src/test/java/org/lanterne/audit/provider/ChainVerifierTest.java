package org.lanterne.audit.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.lanterne.audit.api.AuditEvent;
import org.lanterne.audit.api.ChainVerification;

class ChainVerifierTest {

    private final List<AuditEvent> events = new ArrayList<>(Events.chain(50));
    private final AnchorReading anchorAt50 = AnchorReading.valid(50, events.get(49).hash());

    @Test
    void anUntouchedChainIsIntact() {
        ChainVerification result = verify(events, anchorAt50);

        assertTrue(result.intact());
        assertEquals(50, result.eventsChecked());
        assertEquals(OptionalLong.empty(), result.firstBrokenSequence());
        assertEquals("all 50 events are intact", result.reason());
    }

    @Test
    void anEmptyTrailWithoutAnchorIsIntact() {
        ChainVerification result = verify(List.of(), AnchorReading.MISSING);

        assertTrue(result.intact());
        assertEquals(0, result.eventsChecked());
    }

    @Test
    void aChangedFieldIsReportedAtItsEvent() {
        events.set(41, Events.withActor(events.get(41), "someone-else"));

        assertBroken(verify(events, anchorAt50), 42, "event 42 was changed", 41);
    }

    @Test
    void aDeletedEventIsReportedAsMissing() {
        events.remove(16);

        assertBroken(verify(events, anchorAt50), 17, "event 17 is missing", 16);
    }

    @Test
    void severalDeletedEventsAreReportedAsARange() {
        events.subList(16, 19).clear();

        assertBroken(verify(events, anchorAt50), 17, "events 17 to 19 are missing", 16);
    }

    @Test
    void swappedEventsAreReportedAtTheFirstOfThem() {
        // Swapping two rows in a table means swapping their contents under the same sequence numbers.
        AuditEvent tenth = events.get(9);
        AuditEvent eleventh = events.get(10);
        events.set(9, Events.withSequence(eleventh, 10));
        events.set(10, Events.withSequence(tenth, 11));

        assertBroken(verify(events, anchorAt50), 10, "event 10 was changed", 9);
    }

    @Test
    void swappedEventsResealedBySomeoneWhoKnowsTheAlgorithmStillBreakTheLinks() {
        AuditEvent tenth = events.get(9);
        AuditEvent eleventh = events.get(10);
        AuditEvent newTenth = Events.resealed(eleventh, 10, events.get(8).hash());
        events.set(9, newTenth);
        events.set(10, Events.resealed(tenth, 11, newTenth.hash()));

        // Event 12 still names the old event 11 as its predecessor.
        assertBroken(verify(events, anchorAt50), 12, "event 12 does not follow event 11: events were inserted, removed or reordered", 11);
    }

    @Test
    void anInsertedEventIsReported() {
        AuditEvent inserted = Events.resealed(Events.withActor(events.get(4), "intruder"), 6, events.get(4).hash());
        List<AuditEvent> tampered = new ArrayList<>(events.subList(0, 5));
        tampered.add(inserted);
        for (AuditEvent e : events.subList(5, events.size())) {
            tampered.add(Events.withSequence(e, e.sequence() + 1));
        }

        // The old event 6, now numbered 7, was hashed with its old number.
        assertBroken(verify(tampered, anchorAt50), 7, "event 7 was changed", 6);
    }

    @Test
    void eventsOutOfOrderAreReported() {
        AuditEvent third = events.remove(2);
        events.add(3, third);

        ChainVerification result = verify(events, anchorAt50);

        assertFalse(result.intact());
        assertEquals(OptionalLong.of(3), result.firstBrokenSequence());
        assertEquals("event 3 is missing", result.reason());
    }

    @Test
    void removingTheLastEventsIsCaughtByTheAnchor() {
        events.subList(45, 50).clear();

        ChainVerification result = verify(events, anchorAt50);

        assertBroken(result, 46, "the trail ends at event 45 but event 50 was recorded: the last 5 events are missing", 45);
    }

    @Test
    void removingTheWholeTrailIsCaughtByTheAnchor() {
        assertBroken(verify(List.of(), anchorAt50), 1, "the trail ends at event 0 but event 50 was recorded: the last 50 events are missing", 0);
    }

    @Test
    void withoutAnchorTheRemovalOfTheLastEventsCannotBeRuledOut() {
        events.subList(45, 50).clear();

        ChainVerification result = verify(events, AnchorReading.MISSING);

        assertFalse(result.intact());
        assertEquals(OptionalLong.empty(), result.firstBrokenSequence());
        assertTrue(result.reason().startsWith("the anchor file is missing"), result.reason());
    }

    @Test
    void aForgedAnchorIsReported() {
        ChainVerification result = verify(events, AnchorReading.INVALID);

        assertFalse(result.intact());
        assertEquals("the anchor file was changed or cannot be read", result.reason());
    }

    @Test
    void aTrailRewrittenAfterAnEditIsCaughtByTheAnchor() {
        // Edit event 30 and reseal it and everything after: the chain alone looks perfect.
        List<AuditEvent> rewritten = new ArrayList<>(events.subList(0, 29));
        String previous = events.get(28).hash();
        for (AuditEvent e : events.subList(29, 50)) {
            AuditEvent resealed = Events.resealed(e.sequence() == 30 ? Events.withActor(e, "nobody") : e, e.sequence(), previous);
            rewritten.add(resealed);
            previous = resealed.hash();
        }
        assertTrue(verify(rewritten, AnchorReading.valid(50, previous)).intact(), "the chain alone cannot tell");

        assertBroken(verify(rewritten, anchorAt50), 50, "event 50 is not the one recorded in the anchor: the trail was rewritten", 49);
    }

    @Test
    void eventsAppendedAfterTheAnchorWasReadAreAccepted() {
        ChainVerification result = verify(events, AnchorReading.valid(48, events.get(47).hash()));

        assertTrue(result.intact());
        assertEquals(50, result.eventsChecked());
    }

    @Test
    void anUnreadableRowIsReportedAsChanged() {
        ChainVerifier verifier = new ChainVerifier(anchorAt50);
        events.subList(0, 3).forEach(verifier::accept);

        assertBroken(verifier.unreadable(4), 4, "event 4 was changed", 3);
    }

    @Test
    void theFirstEventMustChainFromTheGenesisValue() {
        List<AuditEvent> replaced = new ArrayList<>(events);
        replaced.set(0, Events.resealed(events.get(0), 1, "f".repeat(64)));

        assertBroken(verify(replaced, anchorAt50), 1, "event 1 is not the start of the trail: events were removed or replaced", 0);
    }

    private static ChainVerification verify(List<AuditEvent> events, AnchorReading anchor) {
        ChainVerifier verifier = new ChainVerifier(anchor);
        for (AuditEvent event : events) {
            if (!verifier.accept(event)) {
                break;
            }
        }
        return verifier.finish();
    }

    private static void assertBroken(ChainVerification result, long sequence, String reason, long checked) {
        assertFalse(result.intact());
        assertEquals(reason, result.reason());
        assertEquals(OptionalLong.of(sequence), result.firstBrokenSequence());
        assertEquals(checked, result.eventsChecked());
    }
}
