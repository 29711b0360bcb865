package org.lanterne.notes.provider.jpa.entities;

import java.time.Instant;
import java.time.LocalDate;

import org.lanterne.store.jpa.InstantConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A client's case; only its holder changes, when the case is transferred. */
@Entity
@Table(name = "LANTERNE_CASE")
public class CaseEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "CLIENT_CODE", nullable = false, length = 32)
    private String clientCode;

    @Column(name = "ALIAS_SEALED", nullable = false)
    private String aliasSealed;

    @Column(name = "PROGRAMME", nullable = false, length = 64)
    private String programme;

    @Column(name = "STARTED_ON", nullable = false)
    private LocalDate startedOn;

    @Column(name = "CLINICIAN", nullable = false, length = 64)
    private String clinician;

    @Column(name = "OPENED_AT", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant openedAt;

    protected CaseEntity() {
        // for JPA
    }

    public CaseEntity(String id, String clientCode, String aliasSealed, String programme, LocalDate startedOn, String clinician,
            Instant openedAt) {
        this.id = id;
        this.clientCode = clientCode;
        this.aliasSealed = aliasSealed;
        this.programme = programme;
        this.startedOn = startedOn;
        this.clinician = clinician;
        this.openedAt = openedAt;
    }

    public String id() {
        return id;
    }

    public String clientCode() {
        return clientCode;
    }

    public String aliasSealed() {
        return aliasSealed;
    }

    public String programme() {
        return programme;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public String clinician() {
        return clinician;
    }

    public void transferTo(String newClinician) {
        this.clinician = newClinician;
    }
}
