package org.lanterne.notes.provider.jpa.entities;

import java.time.Instant;
import java.time.LocalDate;

import org.lanterne.store.jpa.InstantConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A session of a case. Attendees and goals are sealed together in {@code DETAILS_SEALED}. */
@Entity
@Table(name = "LANTERNE_CASE_SESSION")
public class SessionEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "CASE_ID", nullable = false, length = 36)
    private String caseId;

    @Column(name = "HELD_ON", nullable = false)
    private LocalDate heldOn;

    @Column(name = "START_MINUTE", nullable = false)
    private int startMinute;

    @Column(name = "MINUTES", nullable = false)
    private int minutes;

    @Column(name = "MODALITY", nullable = false, length = 16)
    private String modality;

    @Column(name = "ATTENDANCE", nullable = false, length = 24)
    private String attendance;

    @Column(name = "DETAILS_SEALED", nullable = false)
    private String detailsSealed;

    @Column(name = "RECORDED_BY", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "RECORDED_AT", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant recordedAt;

    protected SessionEntity() {
        // for JPA
    }

    public SessionEntity(String id, String caseId) {
        this.id = id;
        this.caseId = caseId;
    }

    /** Sets everything recorded of the session, when it is recorded or updated. */
    public void record(LocalDate day, int startMinute, int minutes, String modality, String attendance, String detailsSealed,
            String recordedBy, Instant recordedAt) {
        this.heldOn = day;
        this.startMinute = startMinute;
        this.minutes = minutes;
        this.modality = modality;
        this.attendance = attendance;
        this.detailsSealed = detailsSealed;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String id() {
        return id;
    }

    public String caseId() {
        return caseId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public int startMinute() {
        return startMinute;
    }

    public int minutes() {
        return minutes;
    }

    public String modality() {
        return modality;
    }

    public String attendance() {
        return attendance;
    }

    public String detailsSealed() {
        return detailsSealed;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
