package org.lanterne.audit.provider;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.lanterne.audit.api.AuditEvent;
import org.lanterne.audit.api.Outcome;

/** Builds correctly chained events in memory, and tampered copies of them. */
final class Events {

    private Events() {
    }

    static List<AuditEvent> chain(int count) {
        List<AuditEvent> events = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        Instant start = Instant.parse("2026-03-01T09:00:00Z");
        for (int i = 1; i <= count; i++) {
            Instant at = start.plusSeconds(i);
            Outcome outcome = i % 7 == 0 ? Outcome.DENIED : Outcome.SUCCESS;
            String recordId = "A" + i;
            String hash = ChainHash.hash(previous, i, at, "clinician" + (i % 3), "read", "assessment", recordId, outcome);
            events.add(new AuditEvent(i, at, "clinician" + (i % 3), "read", "assessment", recordId, outcome, previous, hash));
            previous = hash;
        }
        return events;
    }

    static AuditEvent withActor(AuditEvent e, String actor) {
        return new AuditEvent(e.sequence(), e.occurredAt(), actor, e.action(), e.recordType(), e.recordId(), e.outcome(), e.previousHash(),
                e.hash());
    }

    static AuditEvent withSequence(AuditEvent e, long sequence) {
        return new AuditEvent(sequence, e.occurredAt(), e.actor(), e.action(), e.recordType(), e.recordId(), e.outcome(), e.previousHash(),
                e.hash());
    }

    /** The event as someone who knows the algorithm would rewrite it: consistent in itself. */
    static AuditEvent resealed(AuditEvent e, long sequence, String previousHash) {
        String hash = ChainHash.hash(previousHash, sequence, e.occurredAt(), e.actor(), e.action(), e.recordType(), e.recordId(), e.outcome());
        return new AuditEvent(sequence, e.occurredAt(), e.actor(), e.action(), e.recordType(), e.recordId(), e.outcome(), previousHash, hash);
    }
}
