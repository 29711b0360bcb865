package org.lanterne.identity.provider.jpa.entities;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.lanterne.identity.api.Role;
import org.lanterne.store.jpa.InstantConverter;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A local user account; the tables are created by META-INF/migrations/lanterne.identity. */
@Entity
@Table(name = "LANTERNE_ACCOUNT")
public class AccountEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "ACCOUNT_NAME", nullable = false, unique = true, length = 64)
    private String name;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 255)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "LANTERNE_ACCOUNT_ROLE", joinColumns = @JoinColumn(name = "ACCOUNT_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE_NAME", length = 32, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;

    @Column(name = "CREATED_AT", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant created;

    @Column(name = "LAST_SIGN_IN")
    @Convert(converter = InstantConverter.class)
    private Instant lastSignIn;

    @Column(name = "FAILED_ATTEMPTS", nullable = false)
    private int failedAttempts;

    @Column(name = "LOCKED_UNTIL")
    @Convert(converter = InstantConverter.class)
    private Instant lockedUntil;

    @Column(name = "PASSWORD_CHANGED_AT", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant passwordChanged;

    protected AccountEntity() {
        // for JPA
    }

    public AccountEntity(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant created() {
        return created;
    }

    public Instant lastSignIn() {
        return lastSignIn;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant passwordChanged() {
        return passwordChanged;
    }

    /** Sets every column but the id. */
    public void assign(String name, String passwordHash, Set<Role> roles, boolean enabled, Instant created, Instant lastSignIn,
            int failedAttempts, Instant lockedUntil, Instant passwordChanged) {
        this.name = name;
        this.passwordHash = passwordHash;
        // Change the managed collection in place, so EclipseLink writes only the roles that changed.
        this.roles.retainAll(roles);
        this.roles.addAll(roles);
        this.enabled = enabled;
        this.created = created;
        this.lastSignIn = lastSignIn;
        this.failedAttempts = failedAttempts;
        this.lockedUntil = lockedUntil;
        this.passwordChanged = passwordChanged;
    }

    /** Does not show the hash. */
    @Override
    public String toString() {
        return "AccountEntity[" + name + "]";
    }
}
