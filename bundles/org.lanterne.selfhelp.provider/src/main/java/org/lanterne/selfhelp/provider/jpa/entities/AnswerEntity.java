package org.lanterne.selfhelp.provider.jpa.entities;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A participant's answers to one questionnaire with their score; one row per enrolment and questionnaire. */
@Entity
@Table(name = "LANTERNE_SELFHELP_ANSWER")
public class AnswerEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "ENROLMENT_ID", nullable = false, length = 36)
    private String enrolmentId;

    @Column(name = "QUESTIONNAIRE_ID", nullable = false, length = 64)
    private String questionnaireId;

    @Column(name = "INSTRUMENT_ID", nullable = false, length = 64)
    private String instrumentId;

    @Column(name = "INSTRUMENT_VERSION", nullable = false, length = 32)
    private String instrumentVersion;

    @Column(name = "ANSWERED_ON", nullable = false)
    private LocalDate answeredOn;

    @Column(name = "TOTAL")
    private Integer total;

    @Column(name = "BAND", length = 64)
    private String band;

    @Column(name = "ANSWERS_JSON", nullable = false)
    private String answersJson;

    protected AnswerEntity() {
        // for JPA
    }

    public AnswerEntity(String id, String enrolmentId, String questionnaireId, String instrumentId, String instrumentVersion,
            LocalDate answeredOn, Integer total, String band, String answersJson) {
        this.id = id;
        this.enrolmentId = enrolmentId;
        this.questionnaireId = questionnaireId;
        this.instrumentId = instrumentId;
        this.instrumentVersion = instrumentVersion;
        this.answeredOn = answeredOn;
        this.total = total;
        this.band = band;
        this.answersJson = answersJson;
    }

    public String enrolmentId() {
        return enrolmentId;
    }

    public String questionnaireId() {
        return questionnaireId;
    }

    /** Shows no answer. */
    @Override
    public String toString() {
        return "AnswerEntity[" + id + "]";
    }
}
