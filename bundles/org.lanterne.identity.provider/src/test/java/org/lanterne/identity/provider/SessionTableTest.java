package org.lanterne.identity.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;

class SessionTableTest {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    private final TestClock clock = new TestClock(START);
    private final SessionTable table = new SessionTable(clock, Duration.ofMinutes(30), Duration.ofHours(12), new SecureRandom());

    @Test
    void aTokenIs256RandomBitsInUrlSafeBase64() {
        Session session = table.open("amina", Set.of(Role.CLINICIAN));

        assertEquals(43, session.token().length());
        assertEquals(32, Base64.getUrlDecoder().decode(session.token()).length);
        assertNotEquals(session.token(), table.open("amina", Set.of(Role.CLINICIAN)).token());
    }

    @Test
    void theTableKeepsOnlyTheSha256OfEachToken() {
        Session session = table.open("amina", Set.of(Role.CLINICIAN));

        assertEquals(Set.of(SessionTable.hash(session.token())), table.keys());
        assertFalse(table.keys().contains(session.token()));
        assertEquals(43, SessionTable.hash(session.token()).length(), "a SHA-256 digest in Base64");
    }

    @Test
    void theSessionRecordNeverPrintsItsToken() {
        Session session = table.open("amina", Set.of(Role.CLINICIAN));

        assertFalse(session.toString().contains(session.token()), session.toString());
    }

    @Test
    void aSessionUnusedForTheIdleTimeoutExpires() {
        Session session = table.open("amina", Set.of(Role.CLINICIAN));
        assertEquals(START.plus(Duration.ofMinutes(30)), session.expires());

        clock.advance(Duration.ofMinutes(29));
        assertTrue(table.validate(session.token()).isPresent());
        clock.advance(Duration.ofMinutes(30));
        assertFalse(table.validate(session.token()).isPresent());
        assertTrue(table.keys().isEmpty(), "an expired session is forgotten");
    }

    @Test
    void eachUseRestartsTheIdleTimeout() {
        Session session = table.open("amina", Set.of(Role.CLINICIAN));

        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(25));
            Session used = table.validate(session.token()).orElseThrow();
            assertEquals(clock.instant().plus(Duration.ofMinutes(30)), used.expires());
        }
    }

    @Test
    void noAmountOfActivityKeepsASessionPastTheAbsoluteTimeout() {
        Session session = table.open("amina", Set.of(Role.CLINICIAN));

        for (int i = 0; i < 47; i++) { // 47 x 15 min = 11 h 45
            clock.advance(Duration.ofMinutes(15));
            assertTrue(table.validate(session.token()).isPresent());
        }
        assertEquals(START.plus(Duration.ofHours(12)), table.validate(session.token()).orElseThrow().expires(), "capped by the absolute end");
        clock.advance(Duration.ofMinutes(15));
        assertFalse(table.validate(session.token()).isPresent());
    }

    @Test
    void signingOutEndsTheSessionAtOnce() {
        Session session = table.open("amina", Set.of(Role.CLINICIAN));

        table.close(session.token());

        assertFalse(table.validate(session.token()).isPresent());
    }

    @Test
    void closingAUsersSessionsSparesTheKeptOneAndOtherUsers() {
        Session kept = table.open("amina", Set.of(Role.CLINICIAN));
        Session other = table.open("amina", Set.of(Role.CLINICIAN));
        Session someoneElse = table.open("yanis", Set.of(Role.SUPERVISOR));

        table.closeAllOf("amina", kept.token());

        assertTrue(table.validate(kept.token()).isPresent());
        assertFalse(table.validate(other.token()).isPresent());
        assertTrue(table.validate(someoneElse.token()).isPresent());
    }

    @Test
    void unknownAndEmptyTokensAreNotSessions() {
        assertFalse(table.validate(null).isPresent());
        assertFalse(table.validate("").isPresent());
        assertFalse(table.validate("not-a-token").isPresent());
    }
}
