package org.lanterne.selfhelp.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.lanterne.selfhelp.api.ParticipantSession;

/** Participant sessions: idle and absolute expiry, ending every session of a withdrawn enrolment, and a throttle on guessing. */
class ParticipantSessionsTest {

    private final MutableClock clock = new MutableClock();
    private final ParticipantSessions sessions = new ParticipantSessions(clock, Duration.ofMinutes(30), Duration.ofHours(4), new SecureRandom());

    @Test
    void aSessionEndsAfterThirtyIdleMinutes() {
        ParticipantSession session = sessions.open("e1", "taking-care", "ar");
        assertEquals(43, session.token().length());
        assertFalse(session.toString().contains(session.token()));
        clock.advance(Duration.ofMinutes(29));
        assertEquals("e1", sessions.use(session.token()).orElseThrow().enrolment());
        clock.advance(Duration.ofMinutes(29));
        assertTrue(sessions.validate(session.token()).isPresent(), "each use restarts the idle time");
        clock.advance(Duration.ofMinutes(30));
        assertTrue(sessions.validate(session.token()).isEmpty());
    }

    @Test
    void aSessionEndsFourHoursAfterItOpenedHoweverItIsUsed() {
        ParticipantSession session = sessions.open("e1", "taking-care", "fr");
        for (int i = 0; i < 15; i++) {
            clock.advance(Duration.ofMinutes(15));
            assertTrue(sessions.validate(session.token()).isPresent());
        }
        assertEquals(clock.instant().plus(Duration.ofMinutes(15)), sessions.validate(session.token()).orElseThrow().expires());
        clock.advance(Duration.ofMinutes(15));
        assertTrue(sessions.validate(session.token()).isEmpty());
    }

    @Test
    void withdrawingEndsTheSessionsOfEveryDevice() {
        ParticipantSession phone = sessions.open("e1", "taking-care", "fr");
        ParticipantSession laptop = sessions.open("e1", "taking-care", "fr");
        ParticipantSession someoneElse = sessions.open("e2", "taking-care", "fr");
        sessions.closeAllOf("e1");
        assertTrue(sessions.validate(phone.token()).isEmpty());
        assertTrue(sessions.validate(laptop.token()).isEmpty());
        assertTrue(sessions.validate(someoneElse.token()).isPresent());
        assertTrue(sessions.validate(null).isEmpty());
    }

    @Test
    void repeatedFailuresWithOneCodeLockItWithGrowingPauses() {
        ResumeThrottle throttle = new ResumeThrottle(clock);
        for (int i = 1; i < ResumeThrottle.FREE_FAILURES; i++) {
            throttle.failed("tag");
            assertFalse(throttle.locked("tag"), "failure " + i);
        }
        throttle.failed("tag");
        assertTrue(throttle.locked("tag"));
        clock.advance(Duration.ofMinutes(1));
        assertFalse(throttle.locked("tag"));
        throttle.failed("tag");
        clock.advance(Duration.ofMinutes(1));
        assertTrue(throttle.locked("tag"), "two minutes after the sixth failure");
        assertFalse(throttle.locked("other"));
        throttle.succeeded("tag");
        assertFalse(throttle.locked("tag"));
    }
}
