package org.lanterne.notes.provider.jpa.entities;

import java.time.Instant;

import org.lanterne.store.jpa.InstantConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A risk flag of a case; resolving it is its only change. */
@Entity
@Table(name = "LANTERNE_RISK_FLAG")
public class RiskFlagEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "CASE_ID", nullable = false, length = 36)
    private String caseId;

    @Column(name = "KIND", nullable = false, length = 32)
    private String kind;

    @Column(name = "RAISED_BY", nullable = false, length = 64)
    private String raisedBy;

    @Column(name = "RAISED_AT", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant raisedAt;

    @Column(name = "RESOLVED_BY", length = 64)
    private String resolvedBy;

    @Column(name = "RESOLVED_AT")
    @Convert(converter = InstantConverter.class)
    private Instant resolvedAt;

    protected RiskFlagEntity() {
        // for JPA
    }

    public RiskFlagEntity(String id, String caseId, String kind, String raisedBy, Instant raisedAt) {
        this.id = id;
        this.caseId = caseId;
        this.kind = kind;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
    }

    public void resolve(String by, Instant at) {
        if (resolvedAt != null) {
            throw new IllegalStateException("The flag is resolved already.");
        }
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    public String id() {
        return id;
    }

    public String caseId() {
        return caseId;
    }

    public String kind() {
        return kind;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }
}
