package org.lanterne.notes.provider.jpa.entities;

import java.time.Instant;

import org.lanterne.store.jpa.InstantConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The note of a session. Its text changes only while {@code SIGNED_AT} is empty. */
@Entity
@Table(name = "LANTERNE_NOTE")
public class NoteEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "SESSION_ID", nullable = false, length = 36)
    private String sessionId;

    @Column(name = "TEMPLATE_ID", nullable = false, length = 64)
    private String templateId;

    @Column(name = "AUTHOR", nullable = false, length = 64)
    private String author;

    @Column(name = "TEXT_SEALED", nullable = false)
    private String textSealed;

    @Column(name = "SAVED_AT", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant savedAt;

    @Column(name = "SIGNED_AT")
    @Convert(converter = InstantConverter.class)
    private Instant signedAt;

    protected NoteEntity() {
        // for JPA
    }

    public NoteEntity(String id, String sessionId, String templateId, String author) {
        this.id = id;
        this.sessionId = sessionId;
        this.templateId = templateId;
        this.author = author;
    }

    /** Replaces the draft's text. */
    public void save(String templateId, String textSealed, Instant savedAt) {
        if (signedAt != null) {
            throw new IllegalStateException("A signed note is never changed.");
        }
        this.templateId = templateId;
        this.textSealed = textSealed;
        this.savedAt = savedAt;
    }

    public void sign(Instant at) {
        if (signedAt != null) {
            throw new IllegalStateException("The note is signed already.");
        }
        this.signedAt = at;
    }

    public String id() {
        return id;
    }

    public String sessionId() {
        return sessionId;
    }

    public String templateId() {
        return templateId;
    }

    public String author() {
        return author;
    }

    public String textSealed() {
        return textSealed;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public Instant signedAt() {
        return signedAt;
    }
}
