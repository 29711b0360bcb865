package org.lanterne.identity.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LockoutTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private static Duration lockFor(int failures) {
        return Duration.between(NOW, Lockout.lockedUntil(failures, NOW));
    }

    @Test
    void fourFailuresInARowDoNotLock() {
        for (int failures = 0; failures <= 4; failures++) {
            assertNull(Lockout.lockedUntil(failures, NOW), "after " + failures);
        }
    }

    @Test
    void theFifthFailureLocksForOneMinuteAndEachFurtherOneDoublesIt() {
        assertEquals(Duration.ofMinutes(1), lockFor(5));
        assertEquals(Duration.ofMinutes(2), lockFor(6));
        assertEquals(Duration.ofMinutes(4), lockFor(7));
        assertEquals(Duration.ofMinutes(8), lockFor(8));
        assertEquals(Duration.ofMinutes(16), lockFor(9));
        assertEquals(Duration.ofMinutes(32), lockFor(10));
    }

    @Test
    void theLockNeverExceedsOneHour() {
        assertEquals(Duration.ofHours(1), lockFor(11));
        assertEquals(Duration.ofHours(1), lockFor(64));
        assertEquals(Duration.ofHours(1), lockFor(Integer.MAX_VALUE));
    }
}
