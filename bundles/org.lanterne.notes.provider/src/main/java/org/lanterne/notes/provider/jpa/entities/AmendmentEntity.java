package org.lanterne.notes.provider.jpa.entities;

import java.time.Instant;

import org.lanterne.store.jpa.InstantConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A correction of a signed note: the reason and the corrected text are sealed together. Never updated. */
@Entity
@Table(name = "LANTERNE_NOTE_AMENDMENT")
public class AmendmentEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "NOTE_ID", nullable = false, length = 36)
    private String noteId;

    @Column(name = "AUTHOR", nullable = false, length = 64)
    private String author;

    @Column(name = "AMENDED_AT", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant amendedAt;

    @Column(name = "TEXT_SEALED", nullable = false)
    private String textSealed;

    protected AmendmentEntity() {
        // for JPA
    }

    public AmendmentEntity(String id, String noteId, String author, Instant amendedAt, String textSealed) {
        this.id = id;
        this.noteId = noteId;
        this.author = author;
        this.amendedAt = amendedAt;
        this.textSealed = textSealed;
    }

    public String id() {
        return id;
    }

    public String noteId() {
        return noteId;
    }

    public String author() {
        return author;
    }

    public Instant amendedAt() {
        return amendedAt;
    }

    public String textSealed() {
        return textSealed;
    }
}
