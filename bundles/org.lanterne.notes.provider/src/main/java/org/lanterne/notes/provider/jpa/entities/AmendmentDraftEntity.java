package org.lanterne.notes.provider.jpa.entities;

import java.time.Instant;

import org.lanterne.store.jpa.InstantConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An amendment its author is writing: the reason and the corrected text sealed together, as in an
 * amendment. Replaced at each save, removed when the amendment is stored.
 */
@Entity
@Table(name = "LANTERNE_NOTE_AMENDMENT_DRAFT")
public class AmendmentDraftEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "NOTE_ID", nullable = false, length = 36)
    private String noteId;

    @Column(name = "AUTHOR", nullable = false, length = 64)
    private String author;

    @Column(name = "SAVED_AT", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant savedAt;

    @Column(name = "TEXT_SEALED", nullable = false)
    private String textSealed;

    protected AmendmentDraftEntity() {
        // for JPA
    }

    public AmendmentDraftEntity(String id, String noteId, String author) {
        this.id = id;
        this.noteId = noteId;
        this.author = author;
    }

    public void save(String textSealed, Instant savedAt) {
        this.textSealed = textSealed;
        this.savedAt = savedAt;
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

    public Instant savedAt() {
        return savedAt;
    }

    public String textSealed() {
        return textSealed;
    }
}
