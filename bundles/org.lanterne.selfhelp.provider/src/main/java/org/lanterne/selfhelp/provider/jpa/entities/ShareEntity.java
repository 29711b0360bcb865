package org.lanterne.selfhelp.provider.jpa.entities;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A participant's permission for one clinician to read their progress; one row per enrolment and clinician. */
@Entity
@Table(name = "LANTERNE_SELFHELP_SHARE")
public class ShareEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "ENROLMENT_ID", nullable = false, length = 36)
    private String enrolmentId;

    @Column(name = "CLINICIAN", nullable = false, length = 64)
    private String clinician;

    @Column(name = "SHARED_ON", nullable = false)
    private LocalDate sharedOn;

    protected ShareEntity() {
        // for JPA
    }

    public ShareEntity(String id, String enrolmentId, String clinician, LocalDate sharedOn) {
        this.id = id;
        this.enrolmentId = enrolmentId;
        this.clinician = clinician;
        this.sharedOn = sharedOn;
    }

    public String id() {
        return id;
    }

    public String enrolmentId() {
        return enrolmentId;
    }

    public LocalDate sharedOn() {
        return sharedOn;
    }
}
