package org.lanterne.identity.api;

import java.time.Instant;
import java.util.Set;

/**
 * A local user account as administrators see it. It never holds the password or its hash.
 *
 * @param name           the sign-in name: lower case, unique
 * @param roles          at least one role
 * @param enabled        whether the account may sign in
 * @param created        when the account was created
 * @param lastSignIn     the last successful sign-in, or {@code null} if there was none
 * @param failedAttempts failed sign-ins since the last successful one
 * @param lockedUntil    until when sign-in is refused after repeated failures, or {@code null}
 */
public record UserAccount(String name, Set<Role> roles, boolean enabled, Instant created, Instant lastSignIn,
        int failedAttempts, Instant lockedUntil) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    /**
     * @param now the instant to compare with
     * @return whether sign-in is refused at {@code now} because of repeated failures
     */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
