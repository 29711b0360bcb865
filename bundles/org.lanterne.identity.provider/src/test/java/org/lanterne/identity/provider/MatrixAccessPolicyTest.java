package org.lanterne.identity.provider;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionExpiredException;
import org.lanterne.identity.api.SessionService;

class MatrixAccessPolicyTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final SessionTable table = new SessionTable(clock, Duration.ofMinutes(30), Duration.ofHours(12), new SecureRandom());
    private final SessionService sessions = new SessionService() {
        @Override
        public Session signIn(String name, char[] password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Session> validate(String token) {
            return table.validate(token);
        }

        @Override
        public void signOut(String token) {
            table.close(token);
        }
    };
    private final MatrixAccessPolicy policy = new MatrixAccessPolicy(PermissionMatrix.bundled(), sessions);

    @Test
    void aLiveSessionIsGrantedWhatItsRolesAllow() {
        Session clinician = table.open("dr.benali", Set.of(Role.CLINICIAN));

        assertDoesNotThrow(() -> policy.check(clinician, Action.CREATE, DataClass.CLINICAL_NOTE));
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> policy.check(clinician, Action.SIGN_OFF, DataClass.CLINICAL_NOTE));
        assertEquals(Action.SIGN_OFF, denied.action());
        assertEquals(DataClass.CLINICAL_NOTE, denied.dataClass());
        assertFalse(denied instanceof SessionExpiredException);
    }

    @Test
    void theRolesOfTheLiveSessionCountNotThoseOfTheRecord() {
        Session researcher = table.open("r.haddad", Set.of(Role.RESEARCHER));
        Session forged = new Session(researcher.token(), researcher.user(), Set.of(Role.CLINICIAN), researcher.signedIn(), researcher.expires());

        assertThrows(AccessDeniedException.class, () -> policy.check(forged, Action.READ, DataClass.CLINICAL_NOTE));
    }

    @Test
    void anExpiredSignedOutOrMissingSessionMustSignInAgain() {
        Session idle = table.open("dr.benali", Set.of(Role.CLINICIAN));
        Session gone = table.open("dr.benali", Set.of(Role.CLINICIAN));
        sessions.signOut(gone.token());
        clock.advance(Duration.ofMinutes(30));

        assertThrows(SessionExpiredException.class, () -> policy.check(idle, Action.READ, DataClass.LITERATURE));
        assertThrows(SessionExpiredException.class, () -> policy.check(gone, Action.READ, DataClass.LITERATURE));
        assertThrows(SessionExpiredException.class, () -> policy.check(null, Action.READ, DataClass.LITERATURE));
    }
}
