package org.lanterne.core.provider.jpa.entities;

import java.time.Instant;

import org.lanterne.core.api.Installation;
import org.lanterne.store.jpa.InstantConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row that identifies an installation's database. */
@Entity
@Table(name = "LANTERNE_INSTALLATION")
public class InstallationEntity {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "CREATED_AT", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @Column(name = "CREATED_WITH", nullable = false, length = 64)
    private String createdWith;

    protected InstallationEntity() {
        // for JPA
    }

    public InstallationEntity(String id, Instant createdAt, String createdWith) {
        this.id = id;
        this.createdAt = createdAt;
        this.createdWith = createdWith;
    }

    public Installation toDTO() {
        return new Installation(id, createdAt, createdWith);
    }
}
