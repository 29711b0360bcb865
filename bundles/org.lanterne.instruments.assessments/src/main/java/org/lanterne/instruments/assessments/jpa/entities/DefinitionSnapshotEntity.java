package org.lanterne.instruments.assessments.jpa.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An instrument definition as it was when assessments were scored with it, named by the hash of
 * its JSON; inserted once, never updated.
 */
@Entity
@Table(name = "LANTERNE_INSTRUMENT_SNAPSHOT")
public class DefinitionSnapshotEntity {

    @Id
    @Column(name = "CONTENT_HASH", length = 64)
    private String contentHash;

    @Column(name = "INSTRUMENT_ID", nullable = false, length = 64)
    private String instrumentId;

    @Column(name = "INSTRUMENT_VERSION", nullable = false, length = 32)
    private String instrumentVersion;

    @Column(name = "DEFINITION_JSON", nullable = false)
    private String definitionJson;

    protected DefinitionSnapshotEntity() {
        // for JPA
    }

    public DefinitionSnapshotEntity(String contentHash, String instrumentId, String instrumentVersion, String definitionJson) {
        this.contentHash = contentHash;
        this.instrumentId = instrumentId;
        this.instrumentVersion = instrumentVersion;
        this.definitionJson = definitionJson;
    }

    public String contentHash() {
        return contentHash;
    }

    public String definitionJson() {
        return definitionJson;
    }
}
