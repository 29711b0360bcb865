package org.lanterne.literature.provider.jpa.entities;

import java.time.Instant;

import org.lanterne.store.jpa.InstantConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One reviewer's note; the table is created by META-INF/migrations/lanterne.literature. Rows are
 * inserted, never updated.
 */
@Entity
@Table(name = "LANTERNE_LITERATURE_NOTE")
public class NoteEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "SEQ")
    private Long sequence;

    @Column(name = "RECORD_ID", nullable = false, length = 64)
    private String recordId;

    @Column(name = "AUTHOR", nullable = false, length = 64)
    private String author;

    @Column(name = "WRITTEN_AT", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant writtenAt;

    @Column(name = "NOTE_TEXT", nullable = false)
    private String text;

    protected NoteEntity() {
        // for JPA
    }

    public NoteEntity(String recordId, String author, Instant writtenAt, String text) {
        this.recordId = recordId;
        this.author = author;
        this.writtenAt = writtenAt;
        this.text = text;
    }

    public String recordId() {
        return recordId;
    }

    public String author() {
        return author;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public String text() {
        return text;
    }

    /** Leaves the text out: it is the reviewer's words. */
    @Override
    public String toString() {
        return "NoteEntity[" + sequence + "]";
    }
}
