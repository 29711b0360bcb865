package org.lanterne.selfhelp.provider.jpa.entities;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One anonymous participant; the table is created by META-INF/migrations/lanterne.selfhelp. It holds
 * no code: a keyed lookup tag finds the row and a salted slow hash verifies the code. Days, never times.
 */
@Entity
@Table(name = "LANTERNE_SELFHELP_ENROLMENT")
public class EnrolmentEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "LOOKUP_TAG", nullable = false, length = 64)
    private String lookupTag;

    @Column(name = "CODE_HASH", nullable = false, length = 128)
    private String codeHash;

    @Column(name = "PASSPHRASE_HASH", length = 128)
    private String passphraseHash;

    @Column(name = "PROGRAMME_ID", nullable = false, length = 64)
    private String programmeId;

    @Column(name = "LANGUAGE", nullable = false, length = 8)
    private String language;

    @Column(name = "AGE_BAND", length = 16)
    private String ageBand;

    @Column(name = "COUNTRY", length = 2)
    private String country;

    @Column(name = "REFERRAL", length = 64)
    private String referral;

    @Column(name = "ENROLLED_ON", nullable = false)
    private LocalDate enrolledOn;

    @Column(name = "LAST_ACTIVE_ON", nullable = false)
    private LocalDate lastActiveOn;

    protected EnrolmentEntity() {
        // for JPA
    }

    public EnrolmentEntity(String id, String lookupTag, String codeHash, String passphraseHash, String programmeId, String language,
            String ageBand, String country, String referral, LocalDate enrolledOn) {
        this.id = id;
        this.lookupTag = lookupTag;
        this.codeHash = codeHash;
        this.passphraseHash = passphraseHash;
        this.programmeId = programmeId;
        this.language = language;
        this.ageBand = ageBand;
        this.country = country;
        this.referral = referral;
        this.enrolledOn = enrolledOn;
        this.lastActiveOn = enrolledOn;
    }

    public String id() {
        return id;
    }

    public String codeHash() {
        return codeHash;
    }

    public String passphraseHash() {
        return passphraseHash;
    }

    public String programmeId() {
        return programmeId;
    }

    public String language() {
        return language;
    }

    public LocalDate enrolledOn() {
        return enrolledOn;
    }

    public LocalDate lastActiveOn() {
        return lastActiveOn;
    }

    /** Dropout is measured from the last day a module was done or a questionnaire answered. */
    public void activeOn(LocalDate day) {
        if (day.isAfter(lastActiveOn)) {
            lastActiveOn = day;
        }
    }

    /** Shows neither hash. */
    @Override
    public String toString() {
        return "EnrolmentEntity[" + id + "]";
    }
}
