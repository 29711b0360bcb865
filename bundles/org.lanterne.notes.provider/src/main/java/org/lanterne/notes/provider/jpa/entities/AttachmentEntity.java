package org.lanterne.notes.provider.jpa.entities;

import java.time.Instant;

import org.lanterne.store.jpa.InstantConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A file attached to a session, sealed. Never updated: the class has no setters. */
@Entity
@Table(name = "LANTERNE_NOTE_ATTACHMENT")
public class AttachmentEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "SESSION_ID", nullable = false, length = 36)
    private String sessionId;

    @Column(name = "NAME_SEALED", nullable = false)
    private String nameSealed;

    @Column(name = "CONTENT_TYPE", nullable = false, length = 128)
    private String contentType;

    @Column(name = "SIZE_BYTES", nullable = false)
    private long size;

    @Lob
    @Column(name = "CONTENT_SEALED", nullable = false)
    private byte[] contentSealed;

    @Column(name = "TEXT_SEALED")
    private String textSealed;

    @Column(name = "NOT_SEARCHABLE", length = 200)
    private String notSearchable;

    @Column(name = "ADDED_BY", nullable = false, length = 64)
    private String addedBy;

    @Column(name = "ADDED_AT", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant addedAt;

    protected AttachmentEntity() {
        // for JPA
    }

    public AttachmentEntity(String id, String sessionId, String nameSealed, String contentType, long size, byte[] contentSealed,
            String textSealed, String notSearchable, String addedBy, Instant addedAt) {
        this.id = id;
        this.sessionId = sessionId;
        this.nameSealed = nameSealed;
        this.contentType = contentType;
        this.size = size;
        this.contentSealed = contentSealed;
        this.textSealed = textSealed;
        this.notSearchable = notSearchable;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public String id() {
        return id;
    }

    public String sessionId() {
        return sessionId;
    }

    public String nameSealed() {
        return nameSealed;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public byte[] contentSealed() {
        return contentSealed;
    }

    public String textSealed() {
        return textSealed;
    }

    public String notSearchable() {
        return notSearchable;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
