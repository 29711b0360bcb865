package org.lanterne.identity.api;

import java.time.Instant;
import java.util.Set;

/**
 * A signed-in user. The token is the only credential a client keeps after sign-in: treat it as
 * a password (never log it, never put it in a URL). Services never trust the roles of a record
 * they are given: they look the session up by its token.
 *
 * @param token    256 random bits, URL-safe Base64 without padding (43 characters)
 * @param user     the account's name
 * @param roles    the account's roles when the session was opened
 * @param signedIn when the session was opened
 * @param expires  when the session ends unless it is used again before (see {@link SessionService})
 */
public record Session(String token, String user, Set<Role> roles, Instant signedIn, Instant expires) {

    public Session {
        roles = Set.copyOf(roles);
    }

    /** @return the session without its token, so that it can be logged */
    @Override
    public String toString() {
        return "Session[user=" + user + ", roles=" + roles + ", signedIn=" + signedIn + ", expires=" + expires + "]";
    }
}
