package org.lanterne.identity.provider;

import java.time.Instant;
import java.util.Set;

import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.UserAccount;

/** An account as stored, hash included; never leaves this bundle. */
record StoredAccount(String id, String name, String passwordHash, Set<Role> roles, boolean enabled, Instant created,
        Instant lastSignIn, int failedAttempts, Instant lockedUntil, Instant passwordChanged) {

    StoredAccount {
        roles = Set.copyOf(roles);
    }

    UserAccount toDTO() {
        return new UserAccount(name, roles, enabled, created, lastSignIn, failedAttempts, lockedUntil);
    }

    StoredAccount withFailure(int failures, Instant until) {
        return new StoredAccount(id, name, passwordHash, roles, enabled, created, lastSignIn, failures, until, passwordChanged);
    }

    StoredAccount withSignIn(Instant at, String hash) {
        return new StoredAccount(id, name, hash, roles, enabled, created, at, 0, null, passwordChanged);
    }

    StoredAccount withEnabled(boolean value) {
        return new StoredAccount(id, name, passwordHash, roles, value, created, lastSignIn, failedAttempts, lockedUntil, passwordChanged);
    }

    StoredAccount withRoles(Set<Role> value) {
        return new StoredAccount(id, name, passwordHash, value, enabled, created, lastSignIn, failedAttempts, lockedUntil, passwordChanged);
    }

    /** A new password also lifts a lockout. */
    StoredAccount withPassword(String hash, Instant at) {
        return new StoredAccount(id, name, hash, roles, enabled, created, lastSignIn, 0, null, at);
    }

    /** Does not show the hash, in case an account ends up in a message. */
    @Override
    public String toString() {
        return "StoredAccount[name=" + name + ", roles=" + roles + ", enabled=" + enabled + "]";
    }
}
