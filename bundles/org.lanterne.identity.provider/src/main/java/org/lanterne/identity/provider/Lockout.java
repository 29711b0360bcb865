package org.lanterne.identity.provider;

import java.time.Duration;
import java.time.Instant;

/**
 * Back-off after failed sign-ins: from the 5th failure in a row, sign-in is refused for 1 minute,
 * then 2, 4, 8 ... with each further failure, at most 1 hour. A successful sign-in resets it.
 */
final class Lockout {

    static final int FREE_FAILURES = 4;
    static final Duration FIRST = Duration.ofMinutes(1);
    static final Duration LONGEST = Duration.ofHours(1);

    private Lockout() {
    }

    /**
     * @param failures failed sign-ins in a row, the latest included
     * @param now      when the latest failed
     * @return until when sign-in is refused, or {@code null} if it is not
     */
    static Instant lockedUntil(int failures, Instant now) {
        if (failures <= FREE_FAILURES) {
            return null;
        }
        int doublings = Math.min(failures - FREE_FAILURES - 1, 16); // 2^16 minutes is past the cap already
        Duration wait = FIRST.multipliedBy(1L << doublings);
        return now.plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
    }
}
