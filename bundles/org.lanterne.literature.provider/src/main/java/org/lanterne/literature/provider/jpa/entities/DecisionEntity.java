package org.lanterne.literature.provider.jpa.entities;

import java.time.Instant;

import org.lanterne.store.jpa.InstantConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One screening decision; the table is created by META-INF/migrations/lanterne.literature.
 * Rows are inserted, never updated, so that the history stays; the sequence orders them.
 */
@Entity
@Table(name = "LANTERNE_LITERATURE_DECISION")
public class DecisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "SEQ")
    private Long sequence;

    @Column(name = "RECORD_ID", nullable = false, length = 64)
    private String recordId;

    @Column(name = "REVIEWER", nullable = false, length = 64)
    private String reviewer;

    @Column(name = "DECISION", nullable = false, length = 16)
    private String decision;

    @Column(name = "REASON", length = 200)
    private String reason;

    @Column(name = "DECIDED_AT", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant decidedAt;

    protected DecisionEntity() {
        // for JPA
    }

    public DecisionEntity(String recordId, String reviewer, String decision, String reason, Instant decidedAt) {
        this.recordId = recordId;
        this.reviewer = reviewer;
        this.decision = decision;
        this.reason = reason;
        this.decidedAt = decidedAt;
    }

    public String recordId() {
        return recordId;
    }

    public String reviewer() {
        return reviewer;
    }

    public String decision() {
        return decision;
    }

    public String reason() {
        return reason;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
