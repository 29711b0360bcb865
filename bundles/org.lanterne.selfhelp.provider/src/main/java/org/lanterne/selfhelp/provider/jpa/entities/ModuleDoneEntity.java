package org.lanterne.selfhelp.provider.jpa.entities;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A module a participant marked done, and the day; one row per enrolment and module. */
@Entity
@Table(name = "LANTERNE_SELFHELP_MODULE_DONE")
public class ModuleDoneEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "ENROLMENT_ID", nullable = false, length = 36)
    private String enrolmentId;

    @Column(name = "MODULE_ID", nullable = false, length = 64)
    private String moduleId;

    @Column(name = "DONE_ON", nullable = false)
    private LocalDate doneOn;

    protected ModuleDoneEntity() {
        // for JPA
    }

    public ModuleDoneEntity(String id, String enrolmentId, String moduleId, LocalDate doneOn) {
        this.id = id;
        this.enrolmentId = enrolmentId;
        this.moduleId = moduleId;
        this.doneOn = doneOn;
    }

    public String enrolmentId() {
        return enrolmentId;
    }

    public String moduleId() {
        return moduleId;
    }

    public LocalDate doneOn() {
        return doneOn;
    }
}
