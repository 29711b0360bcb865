package org.lanterne.selfhelp.provider;

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
import java.util.concurrent.ConcurrentHashMap;

import org.lanterne.selfhelp.api.ParticipantSession;

/**
 * Open participant sessions, in memory and apart from staff sessions. The table is keyed by the
 * SHA-256 of each token, so that a heap dump gives away no usable token. A session ends after
 * {@code idle} without use, and in any case {@code absolute} after it was opened.
 */
final class ParticipantSessions {

    /** What a session knows: the enrolment's random id, never the code. */
    record Open(String enrolment, String programme, String language, Instant opened, Instant lastUsed) {
    }

    private final Map<String, Open> byTokenHash = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;
    private final SecureRandom random;

    ParticipantSessions(Clock clock, Duration idle, Duration absolute, SecureRandom random) {
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
        this.random = random;
    }

    ParticipantSession open(String enrolment, String programme, String language) {
        Instant now = clock.instant();
        byTokenHash.values().removeIf(open -> !now.isBefore(expiry(open)));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Open open = new Open(enrolment, programme, language, now, now);
        byTokenHash.put(hash(token), open);
        return session(token, open);
    }

    /** @return the open session with this token, its use recorded */
    Optional<Open> use(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return Optional.ofNullable(byTokenHash.computeIfPresent(hash(token), (key, open) -> now.isBefore(expiry(open))
                ? new Open(open.enrolment(), open.programme(), open.language(), open.opened(), now) : null));
    }

    Optional<ParticipantSession> validate(String token) {
        return use(token).map(open -> session(token, open));
    }

    void close(String token) {
        if (token != null) {
            byTokenHash.remove(hash(token));
        }
    }

    /** Ends every session of an enrolment, on every device. */
    void closeAllOf(String enrolment) {
        byTokenHash.values().removeIf(open -> open.enrolment().equals(enrolment));
    }

    private Instant expiry(Open open) {
        Instant idleEnd = open.lastUsed().plus(idle);
        Instant absoluteEnd = open.opened().plus(absolute);
        return idleEnd.isBefore(absoluteEnd) ? idleEnd : absoluteEnd;
    }

    private ParticipantSession session(String token, Open open) {
        return new ParticipantSession(token, open.programme(), open.language(), expiry(open));
    }

    private static String hash(String token) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
