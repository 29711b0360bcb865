package org.lanterne.audit.provider.jpa.entities;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.lanterne.audit.api.AuditEvent;
import org.lanterne.audit.api.Outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the audit trail. Rows are inserted, never updated: the class has no setters. */
@Entity
@Table(name = "LANTERNE_AUDIT_EVENT")
public class AuditEventEntity {

    @Id
    @Column(name = "SEQ_NO")
    private long sequence;

    // TIMESTAMP has no zone on either engine: it holds UTC, so the meaning survives a change of zone.
    @Column(name = "OCCURRED_AT", nullable = false)
    private LocalDateTime occurredAtUtc;

    @Column(name = "ACTOR", nullable = false, length = 64)
    private String actor;

    @Column(name = "EVENT_ACTION", nullable = false, length = 64)
    private String action;

    @Column(name = "RECORD_TYPE", length = 64)
    private String recordType;

    @Column(name = "RECORD_ID", length = 128)
    private String recordId;

    // Kept as text, not @Enumerated: an edited value must be reported by verification, not fail the read.
    @Column(name = "OUTCOME", nullable = false, length = 16)
    private String outcome;

    @Column(name = "PREVIOUS_HASH", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "EVENT_HASH", nullable = false, length = 64)
    private String hash;

    protected AuditEventEntity() {
        // for JPA
    }

    public AuditEventEntity(AuditEvent event) {
        this.sequence = event.sequence();
        this.occurredAtUtc = LocalDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC);
        this.actor = event.actor();
        this.action = event.action();
        this.recordType = event.recordType();
        this.recordId = event.recordId();
        this.outcome = event.outcome().name();
        this.previousHash = event.previousHash();
        this.hash = event.hash();
    }

    public long sequence() {
        return sequence;
    }

    /**
     * @return the event as stored
     * @throws IllegalArgumentException if the outcome column holds a value no event can have
     */
    public AuditEvent toDTO() {
        Instant occurredAt = occurredAtUtc.toInstant(ZoneOffset.UTC);
        return new AuditEvent(sequence, occurredAt, actor, action, recordType, recordId, Outcome.valueOf(outcome.strip()),
                strip(previousHash), strip(hash));
    }

    // CHAR columns come back padded on some engines.
    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
