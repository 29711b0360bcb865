package org.lanterne.instruments.assessments.jpa.entities;

import java.time.Instant;
import java.time.LocalDate;

import org.lanterne.store.jpa.InstantConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One recorded assessment; the table is created by META-INF/migrations/lanterne.assessments.
 * Rows are inserted, never updated: the class has no setters.
 */
@Entity
@Table(name = "LANTERNE_ASSESSMENT")
public class AssessmentEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "PARTICIPANT_CODE", nullable = false, length = 32)
    private String participantCode;

    @Column(name = "INSTRUMENT_ID", nullable = false, length = 64)
    private String instrumentId;

    @Column(name = "INSTRUMENT_VERSION", nullable = false, length = 32)
    private String instrumentVersion;

    @Column(name = "DEFINITION_HASH", nullable = false, length = 64)
    private String definitionHash;

    @Column(name = "RATER", nullable = false, length = 64)
    private String rater;

    @Column(name = "ASSESSED_ON", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "RECORDED_AT", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant recordedAt;

    @Column(name = "BAND_PROFILE", length = 64)
    private String bandProfile;

    @Column(name = "ANSWERS_JSON", nullable = false)
    private String answersJson;

    @Column(name = "RESULT_JSON", nullable = false)
    private String resultJson;

    protected AssessmentEntity() {
        // for JPA
    }

    public AssessmentEntity(String id, String participantCode, String instrumentId, String instrumentVersion, String definitionHash,
            String rater, LocalDate assessedOn, Instant recordedAt, String bandProfile, String answersJson, String resultJson) {
        this.id = id;
        this.participantCode = participantCode;
        this.instrumentId = instrumentId;
        this.instrumentVersion = instrumentVersion;
        this.definitionHash = definitionHash;
        this.rater = rater;
        this.assessedOn = assessedOn;
        this.recordedAt = recordedAt;
        this.bandProfile = bandProfile;
        this.answersJson = answersJson;
        this.resultJson = resultJson;
    }

    public String id() {
        return id;
    }

    public String participantCode() {
        return participantCode;
    }

    public String instrumentId() {
        return instrumentId;
    }

    public String instrumentVersion() {
        return instrumentVersion;
    }

    public String definitionHash() {
        return definitionHash;
    }

    public String rater() {
        return rater;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String bandProfile() {
        return bandProfile;
    }

    public String answersJson() {
        return answersJson;
    }

    public String resultJson() {
        return resultJson;
    }

    /** Shows neither the code nor the answers. */
    @Override
    public String toString() {
        return "AssessmentEntity[" + id + "]";
    }
}
