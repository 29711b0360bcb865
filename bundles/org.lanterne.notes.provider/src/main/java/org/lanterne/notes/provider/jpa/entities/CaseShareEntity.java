package org.lanterne.notes.provider.jpa.entities;

import java.time.Instant;

import org.lanterne.store.jpa.InstantConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Another clinician allowed to work on a case. */
@Entity
@Table(name = "LANTERNE_CASE_SHARE")
public class CaseShareEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "CASE_ID", nullable = false, length = 36)
    private String caseId;

    @Column(name = "CLINICIAN", nullable = false, length = 64)
    private String clinician;

    @Column(name = "SHARED_AT", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant sharedAt;

    protected CaseShareEntity() {
        // for JPA
    }

    public CaseShareEntity(String id, String caseId, String clinician, Instant sharedAt) {
        this.id = id;
        this.caseId = caseId;
        this.clinician = clinician;
        this.sharedAt = sharedAt;
    }

    public String caseId() {
        return caseId;
    }

    public String clinician() {
        return clinician;
    }
}
