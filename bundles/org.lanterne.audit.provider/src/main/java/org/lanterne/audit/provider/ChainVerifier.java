package org.lanterne.audit.provider;

import java.util.OptionalLong;

import org.lanterne.audit.api.AuditEvent;
import org.lanterne.audit.api.ChainVerification;

/**
 * Checks events one at a time, in order of sequence, keeping only the last hash: memory stays the
 * same however long the trail is.
 * <p>
 * A hash chain shows that each event is unchanged and follows the one before. On its own it
 * cannot show that events were cut off the end, or that someone rewrote the events after an edit
 * and recomputed every hash (SHA-256 needs no key). The anchor, the last sequence number and hash
 * sealed with a secret key outside the database, covers both as long as the key is not taken too.
 */
final class ChainVerifier {

    private final AnchorReading anchor;
    private long expected = 1;
    private String previousHash = ChainHash.GENESIS;
    private long checked;
    private ChainVerification broken;

    /** @param anchor read before the walk starts, so that events appended meanwhile are after it */
    ChainVerifier(AnchorReading anchor) {
        this.anchor = anchor;
    }

    /** @return whether the event is in place; once false, the walk should stop */
    boolean accept(AuditEvent event) {
        if (broken != null) {
            return false;
        }
        long sequence = event.sequence();
        if (!inPlace(sequence)) {
            return false;
        }
        if (!ChainHash.recompute(event).equals(event.hash())) {
            return fail(sequence, "event " + sequence + " was changed");
        }
        if (!previousHash.equals(event.previousHash())) {
            // Consistent in itself, but written after another event than the one stored before it.
            return fail(sequence, sequence == 1 ? "event 1 is not the start of the trail: events were removed or replaced"
                    : "event " + sequence + " does not follow event " + (sequence - 1) + ": events were inserted, removed or reordered");
        }
        if (anchor.state() == AnchorReading.State.VALID && sequence == anchor.sequence() && !anchor.hash().equals(event.hash())) {
            return fail(sequence, "event " + sequence + " is not the one recorded in the anchor: the trail was rewritten");
        }
        checked++;
        expected = sequence + 1;
        previousHash = event.hash();
        return true;
    }

    /** For a row that cannot even be read as an event, for example one whose outcome was edited. */
    ChainVerification unreadable(long sequence) {
        if (broken == null && inPlace(sequence)) {
            fail(sequence, "event " + sequence + " was changed");
        }
        return broken;
    }

    /** @return the walk's result, once every event was given or {@link #accept} returned false */
    ChainVerification finish() {
        if (broken != null) {
            return broken;
        }
        long last = expected - 1;
        switch (anchor.state()) {
            case MISSING:
                if (last > 0) {
                    return result(false, OptionalLong.empty(),
                            "the anchor file is missing, so events removed from the end of the trail would go unnoticed");
                }
                break;
            case INVALID:
                return result(false, OptionalLong.empty(), "the anchor file was changed or cannot be read");
            case VALID:
                // A head after the anchor is fine: a stop between commit and anchor write leaves the anchor behind.
                if (anchor.sequence() > last) {
                    long removed = anchor.sequence() - last;
                    return result(false, OptionalLong.of(last + 1), "the trail ends at event " + last + " but event " + anchor.sequence()
                            + " was recorded: " + (removed == 1 ? "the last event is" : "the last " + removed + " events are") + " missing");
                }
                break;
            default:
                throw new IllegalStateException("unknown anchor state " + anchor.state());
        }
        return result(true, OptionalLong.empty(), checked == 1 ? "the 1 event is intact" : "all " + checked + " events are intact");
    }

    private boolean inPlace(long sequence) {
        if (sequence > expected) {
            return fail(expected, sequence == expected + 1 ? "event " + expected + " is missing"
                    : "events " + expected + " to " + (sequence - 1) + " are missing");
        }
        if (sequence < expected) {
            return fail(sequence, "event " + sequence + " is out of order");
        }
        return true;
    }

    private boolean fail(long sequence, String reason) {
        broken = result(false, OptionalLong.of(sequence), reason);
        return false;
    }

    private ChainVerification result(boolean intact, OptionalLong first, String reason) {
        return new ChainVerification(intact, checked, first, reason);
    }
}
