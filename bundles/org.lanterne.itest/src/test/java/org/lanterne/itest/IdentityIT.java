package org.lanterne.itest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lanterne.itest.Framework.bundle;
import static org.lanterne.itest.Framework.service;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lanterne.audit.api.AuditEvent;
import org.lanterne.audit.api.AuditTrail;
import org.lanterne.audit.api.Outcome;
import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.BootstrapClosedException;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.DuplicateUserException;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionService;
import org.lanterne.identity.api.SignInRefusedException;
import org.lanterne.identity.api.SignInRefusedException.Reason;
import org.lanterne.identity.api.UserAccount;
import org.lanterne.identity.api.UserService;
import org.lanterne.store.api.PersistenceService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.junit5.context.BundleContextExtension;

import jakarta.persistence.EntityManagerFactory;

/**
 * Accounts, sign-in and permissions on the installation's database, with the tables created by
 * the identity bundle's migration script. The database outlives each test, so every test makes
 * its own accounts, and the first administrator is made by whichever test runs first.
 */
@ExtendWith(BundleContextExtension.class)
class IdentityIT {

    private static final String ADMIN = Framework.ADMINISTRATOR;
    private static final String ADMIN_PASSWORD = Framework.ADMINISTRATOR_PASSWORD;
    private static final String PASSWORD = "river-lamp-cedar-71";

    @InjectBundleContext
    BundleContext context;

    private Session administrator() throws InterruptedException {
        return Framework.administrator(context);
    }

    private static String newName(String role) {
        return role + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theFirstAdministratorCanBeCreatedOnceAndThenNeverAgain() throws Exception {
        Session admin = administrator();
        UserService users = service(context, UserService.class);

        assertFalse(users.bootstrapNeeded());
        assertThrows(BootstrapClosedException.class, () -> users.bootstrapAdministrator("second.admin", ADMIN_PASSWORD.toCharArray()));
        assertTrue(users.list(admin).stream().anyMatch(a -> a.name().equals(ADMIN) && a.roles().contains(Role.ADMINISTRATOR)));
    }

    @Test
    void accountsAndTheirRolesAreStoredAndSurviveARestartButSessionsDoNot() throws Exception {
        Session admin = administrator();
        String name = newName("clinician");
        service(context, UserService.class).add(admin, name, Set.of(Role.CLINICIAN, Role.SUPERVISOR), PASSWORD.toCharArray());
        Session clinician = service(context, SessionService.class).signIn(name, PASSWORD.toCharArray());

        restart(bundle(context, "org.lanterne.identity.provider"));

        assertTrue(service(context, SessionService.class).validate(clinician.token()).isEmpty(), "a restart signs everyone out");
        Session again = service(context, SessionService.class).signIn(name, PASSWORD.toCharArray());
        assertEquals(Set.of(Role.CLINICIAN, Role.SUPERVISOR), again.roles());
        UserAccount stored = service(context, UserService.class).list(administrator()).stream()
                .filter(a -> a.name().equals(name)).findFirst().orElseThrow();
        assertEquals(again.signedIn(), stored.lastSignIn());
    }

    @Test
    void aLockoutIsStoredSoRestartingDoesNotLiftIt() throws Exception {
        Session admin = administrator();
        String name = newName("researcher");
        service(context, UserService.class).add(admin, name, Set.of(Role.RESEARCHER), PASSWORD.toCharArray());
        SessionService sessions = service(context, SessionService.class);
        for (int i = 0; i < 5; i++) {
            assertEquals(Reason.WRONG_CREDENTIALS,
                    assertThrows(SignInRefusedException.class, () -> sessions.signIn(name, "wrong-wrong-wrong".toCharArray())).reason());
        }

        restart(bundle(context, "org.lanterne.identity.provider"));

        SignInRefusedException refused = assertThrows(SignInRefusedException.class,
                () -> service(context, SessionService.class).signIn(name, PASSWORD.toCharArray()));
        assertEquals(Reason.LOCKED, refused.reason());
        assertTrue(refused.lockedUntil().isPresent());
    }

    @Test
    void namesAreUniqueWhateverTheCase() throws Exception {
        Session admin = administrator();
        String name = newName("lead");
        UserService users = service(context, UserService.class);
        users.add(admin, name, Set.of(Role.PROGRAMME_LEAD), PASSWORD.toCharArray());

        assertThrows(DuplicateUserException.class, () -> users.add(admin, name.toUpperCase(), Set.of(Role.RESEARCHER), PASSWORD.toCharArray()));
    }

    @Test
    void theDatabaseHoldsAnArgon2idHashAndTheRolesButNeverThePassword() throws Exception {
        Session admin = administrator();
        String name = newName("supervisor");
        service(context, UserService.class).add(admin, name, Set.of(Role.SUPERVISOR), PASSWORD.toCharArray());

        List<String> row = sql(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT a.PASSWORD_HASH, r.ROLE_NAME FROM LANTERNE_ACCOUNT a"
                    + " JOIN LANTERNE_ACCOUNT_ROLE r ON r.ACCOUNT_ID = a.ID WHERE a.ACCOUNT_NAME = ?")) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    List<String> values = new ArrayList<>();
                    while (rs.next()) {
                        values.add(rs.getString(1));
                        values.add(rs.getString(2));
                    }
                    return values;
                }
            }
        });

        assertEquals(2, row.size(), row.toString());
        assertTrue(row.get(0).startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), "the stored hash names its parameters");
        assertFalse(row.get(0).contains(PASSWORD));
        assertEquals("SUPERVISOR", row.get(1));
    }

    @Test
    void thePolicyServiceChecksTheLiveSessionAgainstTheMatrix() throws Exception {
        Session admin = administrator();
        String name = newName("clinician");
        service(context, UserService.class).add(admin, name, Set.of(Role.CLINICIAN), PASSWORD.toCharArray());
        Session clinician = service(context, SessionService.class).signIn(name, PASSWORD.toCharArray());
        AccessPolicy policy = service(context, AccessPolicy.class);

        assertDoesNotThrow(() -> policy.check(clinician, Action.CREATE, DataClass.CLINICAL_NOTE));
        assertThrows(AccessDeniedException.class, () -> policy.check(clinician, Action.EXPORT, DataClass.CLINICAL_NOTE));
        assertThrows(AccessDeniedException.class, () -> policy.check(admin, Action.READ, DataClass.CLINICAL_NOTE));
        assertThrows(AccessDeniedException.class, () -> service(context, UserService.class).list(clinician));
    }

    @Test
    void signInsAndAccountChangesAreAuditedWithoutTheNamesTypedInRefusedSignIns() throws Exception {
        Session admin = administrator();
        UserService users = service(context, UserService.class);
        String clinician = newName("clinician");
        users.add(admin, clinician, Set.of(Role.CLINICIAN), PASSWORD.toCharArray());
        String typo = "typed-" + UUID.randomUUID();
        assertThrows(SignInRefusedException.class, () -> service(context, SessionService.class).signIn(typo, "whatever-whatever".toCharArray()));

        AuditTrail audit = service(context, AuditTrail.class);
        List<AuditEvent> events = new ArrayList<>();
        for (List<AuditEvent> page = audit.read(1, 500); !page.isEmpty(); page = audit.read(page.get(page.size() - 1).sequence() + 1, 500)) {
            events.addAll(page);
        }
        assertTrue(events.stream().anyMatch(e -> e.action().equals("account-add") && e.actor().equals(ADMIN)
                && e.recordId().equals(clinician) && e.outcome() == Outcome.SUCCESS), events::toString);
        assertTrue(events.stream().anyMatch(e -> e.action().equals("sign-in") && e.outcome() == Outcome.DENIED));
        assertTrue(events.stream().noneMatch(e -> (e.actor() + " " + e.recordId()).contains(typo)), "a typed name is never recorded");
        assertTrue(audit.verify().intact());
    }

    private <T> T sql(Framework.Work<T> work) throws Exception {
        EntityManagerFactory database = service(context, PersistenceService.class)
                .open(bundle(context, "org.lanterne.identity.provider"), "lanterne.identity");
        try {
            return Framework.sql(database, work);
        } finally {
            database.close();
        }
    }

    private static void restart(Bundle bundle) throws Exception {
        bundle.stop();
        bundle.start();
    }
}
