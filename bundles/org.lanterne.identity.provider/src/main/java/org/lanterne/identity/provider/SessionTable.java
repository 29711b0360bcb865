package org.lanterne.identity.provider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;

/**
 * Open sessions, in memory. Keys are SHA-256 hashes of the tokens, so that a heap dump does not
 * give away a token that can still be used; the tokens themselves are only in the clients' hands.
 * A session expires after {@code idle} without use, and in any case {@code absolute} after sign-in.
 */
final class SessionTable {

    static final int TOKEN_BYTES = 32;

    private record Entry(String user, Set<Role> roles, Instant signedIn, Instant lastUsed) {
    }

    private final Map<String, Entry> byTokenHash = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;
    private final SecureRandom random;

    SessionTable(Clock clock, Duration idle, Duration absolute, SecureRandom random) {
        if (idle.isNegative() || idle.isZero() || absolute.isNegative() || absolute.isZero()) {
            throw new IllegalArgumentException("Session timeouts must be positive");
        }
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
        this.random = random;
    }

    Session open(String user, Set<Role> roles) {
        return open(user, roles, clock.instant());
    }

    /** @param now the sign-in instant, as the caller recorded it for the account */
    Session open(String user, Set<Role> roles, Instant now) {
        forgetExpired(now);
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Secrets.wipe(bytes);
        Entry entry = new Entry(user, Set.copyOf(roles), now, now);
        byTokenHash.put(hash(token), entry);
        return session(token, entry);
    }

    Optional<Session> validate(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Entry used = byTokenHash.computeIfPresent(hash(token),
                (key, entry) -> now.isBefore(expiry(entry)) ? new Entry(entry.user(), entry.roles(), entry.signedIn(), now) : null);
        return used == null ? Optional.empty() : Optional.of(session(token, used));
    }

    void close(String token) {
        if (token != null) {
            byTokenHash.remove(hash(token));
        }
    }

    /** Ends every session of {@code user} but the one with {@code keptToken} (which may be null). */
    void closeAllOf(String user, String keptToken) {
        String kept = keptToken == null ? null : hash(keptToken);
        byTokenHash.entrySet().removeIf(e -> e.getValue().user().equals(user) && !e.getKey().equals(kept));
    }

    void closeAll() {
        byTokenHash.clear();
    }

    /** @return the keys the table holds, for tests that check no token is kept */
    Set<String> keys() {
        return Set.copyOf(byTokenHash.keySet());
    }

    private Instant expiry(Entry entry) {
        Instant idleEnd = entry.lastUsed().plus(idle);
        Instant absoluteEnd = entry.signedIn().plus(absolute);
        return idleEnd.isBefore(absoluteEnd) ? idleEnd : absoluteEnd;
    }

    private Session session(String token, Entry entry) {
        return new Session(token, entry.user(), entry.roles(), entry.signedIn(), expiry(entry));
    }

    private void forgetExpired(Instant now) {
        byTokenHash.values().removeIf(entry -> !now.isBefore(expiry(entry)));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
