package org.lanterne.selfhelp.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows down guessing: after {@link #FREE_FAILURES} failed resumes with one code, that code is
 * refused without checking for one minute, then two, four ... at most an hour after each further
 * failure. Codes are known by their lookup tag, never in clear; at most {@link #MAX_TRACKED} are
 * remembered, in memory only. With 100 random bits, guessing codes is hopeless anyway: this
 * protects passphrases of codes that were seen over someone's shoulder.
 */
final class ResumeThrottle {

    static final int FREE_FAILURES = 5;
    static final int MAX_TRACKED = 10_000;
    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration LONGEST_LOCK = Duration.ofHours(1);

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Clock clock;
    private final Map<String, Failures> byTag = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_TRACKED;
        }
    };

    ResumeThrottle(Clock clock) {
        this.clock = clock;
    }

    synchronized boolean locked(String tag) {
        Failures failures = byTag.get(tag);
        return failures != null && failures.lockedUntil() != null && clock.instant().isBefore(failures.lockedUntil());
    }

    synchronized void failed(String tag) {
        Failures before = byTag.get(tag);
        int count = before == null ? 1 : before.count() + 1;
        Instant lockedUntil = null;
        if (count >= FREE_FAILURES) {
            int doublings = Math.min(count - FREE_FAILURES, 6);
            Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
            lockedUntil = clock.instant().plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        }
        byTag.put(tag, new Failures(count, lockedUntil));
    }

    synchronized void succeeded(String tag) {
        byTag.remove(tag);
    }
}
