package org.lanterne.identity.provider;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.BootstrapClosedException;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.DuplicateUserException;
import org.lanterne.identity.api.LastAdministratorException;
import org.lanterne.identity.api.PasswordRejectedException;
import org.lanterne.identity.api.PasswordRule;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionExpiredException;
import org.lanterne.identity.api.SignInRefusedException;
import org.lanterne.identity.api.SignInRefusedException.Reason;
import org.lanterne.identity.api.UnknownUserException;
import org.lanterne.identity.api.UserAccount;

class LocalIdentityTest {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
    // Cheap parameters: these tests are about the service's rules, Argon2idHasherTest about the hash.
    private static final Argon2idHasher.Parameters CHEAP = new Argon2idHasher.Parameters(64, 1, 1);
    private static final String ADMIN_PASSWORD = "admin-lamp-cedar-71";
    private static final String PASSWORD = "river-lamp-cedar-71";

    private final TestClock clock = new TestClock(START);
    private final MemoryAccounts accounts = new MemoryAccounts();
    private LocalIdentity identity;
    private Session admin;

    private LocalIdentity identity(Argon2idHasher.Parameters parameters) {
        SecureRandom random = new SecureRandom();
        return new LocalIdentity(accounts, new Argon2idHasher(parameters, random), PasswordRules.bundled(), PermissionMatrix.bundled(),
                new SessionTable(clock, Duration.ofMinutes(30), Duration.ofHours(12), random), clock);
    }

    @BeforeEach
    void firstAdministrator() {
        identity = identity(CHEAP);
        identity.bootstrapAdministrator("root.admin", ADMIN_PASSWORD.toCharArray());
        admin = identity.signIn("root.admin", ADMIN_PASSWORD.toCharArray());
    }

    private Session signedIn(String name, Role... roles) {
        identity.add(admin, name, EnumSet.copyOf(List.of(roles)), PASSWORD.toCharArray());
        return identity.signIn(name, PASSWORD.toCharArray());
    }

    private Reason refusal(String name, String password) {
        return assertThrows(SignInRefusedException.class, () -> identity.signIn(name, password.toCharArray())).reason();
    }

    // --- bootstrap

    @Test
    void theFirstAdministratorIsCreatedWithoutASessionOnlyWhileThereIsNoAccount() {
        MemoryAccounts empty = new MemoryAccounts();
        SecureRandom random = new SecureRandom();
        LocalIdentity fresh = new LocalIdentity(empty, new Argon2idHasher(CHEAP, random), PasswordRules.bundled(),
                PermissionMatrix.bundled(), new SessionTable(clock, Duration.ofMinutes(30), Duration.ofHours(12), random), clock);
        assertTrue(fresh.bootstrapNeeded());

        UserAccount first = fresh.bootstrapAdministrator("Root.Admin", ADMIN_PASSWORD.toCharArray());

        assertEquals("root.admin", first.name());
        assertEquals(Set.of(Role.ADMINISTRATOR), first.roles());
        assertFalse(fresh.bootstrapNeeded());
        assertThrows(BootstrapClosedException.class, () -> fresh.bootstrapAdministrator("second.admin", ADMIN_PASSWORD.toCharArray()));
        assertEquals(1, empty.count());
    }

    @Test
    void bootstrapStaysClosedEvenWhenEveryAdministratorIsDisabled() {
        Session other = signedIn("other.admin", Role.ADMINISTRATOR);
        identity.disable(other, "root.admin");
        assertThrows(LastAdministratorException.class, () -> identity.disable(other, "other.admin"));

        assertFalse(identity.bootstrapNeeded());
        assertThrows(BootstrapClosedException.class, () -> identity.bootstrapAdministrator("intruder", ADMIN_PASSWORD.toCharArray()));
    }

    @Test
    void twoBootstrapsRacingOnOneDatabaseCollideOnTheFixedIdInsteadOfMakingTwoAdministrators() {
        MemoryAccounts shared = new MemoryAccounts();
        shared.insert(new StoredAccount(LocalIdentity.FIRST_ADMINISTRATOR_ID, "elsewhere", "x", Set.of(Role.ADMINISTRATOR), true,
                START, null, 0, null, START));
        // This server checked before the other one's insert landed, so it still sees no account.
        MemoryAccounts racing = new MemoryAccounts() {
            @Override
            public long count() {
                return 0;
            }

            @Override
            public void insert(StoredAccount account) {
                shared.insert(account);
            }
        };
        SecureRandom random = new SecureRandom();
        LocalIdentity late = new LocalIdentity(racing, new Argon2idHasher(CHEAP, random), PasswordRules.bundled(),
                PermissionMatrix.bundled(), new SessionTable(clock, Duration.ofMinutes(30), Duration.ofHours(12), random), clock);

        assertThrows(BootstrapClosedException.class, () -> late.bootstrapAdministrator("root.admin", ADMIN_PASSWORD.toCharArray()));
        assertEquals(List.of("elsewhere"), shared.all().stream().map(StoredAccount::name).toList());
    }

    @Test
    void aBootstrapWithAWeakPasswordCreatesNothing() {
        MemoryAccounts empty = new MemoryAccounts();
        SecureRandom random = new SecureRandom();
        LocalIdentity fresh = new LocalIdentity(empty, new Argon2idHasher(CHEAP, random), PasswordRules.bundled(),
                PermissionMatrix.bundled(), new SessionTable(clock, Duration.ofMinutes(30), Duration.ofHours(12), random), clock);

        assertEquals(PasswordRule.MIN_LENGTH,
                assertThrows(PasswordRejectedException.class, () -> fresh.bootstrapAdministrator("root.admin", "short".toCharArray())).rule());
        assertTrue(fresh.bootstrapNeeded());
    }

    // --- every account call for every role

    enum Call {
        ADD((s, id) -> id.add(s, "new.user", Set.of(Role.RESEARCHER), "fresh-lamp-cedar-71".toCharArray())),
        LIST((s, id) -> id.list(s)),
        DISABLE((s, id) -> id.disable(s, "target.user")),
        ENABLE((s, id) -> id.enable(s, "target.user")),
        RESET_PASSWORD((s, id) -> id.resetPassword(s, "target.user", "fresh-lamp-cedar-71".toCharArray())),
        CHANGE_ROLES((s, id) -> id.changeRoles(s, "target.user", Set.of(Role.SUPERVISOR)));

        final BiConsumer<Session, LocalIdentity> call;

        Call(BiConsumer<Session, LocalIdentity> call) {
            this.call = call;
        }
    }

    static Stream<Arguments> everyRoleAndCall() {
        List<Arguments> pairs = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Call call : Call.values()) {
                pairs.add(Arguments.of(role, call));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyRoleAndCall")
    void onlyAdministratorsMayCallTheAccountServices(Role role, Call call) {
        identity.add(admin, "target.user", Set.of(Role.CLINICIAN), PASSWORD.toCharArray());
        Session acting = signedIn("acting.user", role);

        if (role == Role.ADMINISTRATOR) {
            call.call.accept(acting, identity);
        } else {
            AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> call.call.accept(acting, identity));
            assertFalse(denied instanceof SessionExpiredException);
            assertEquals(Action.ADMINISTER, denied.action());
            assertEquals(DataClass.ACCOUNT, denied.dataClass());
            assertEquals(Set.of("root.admin", "target.user", "acting.user"),
                    Set.copyOf(identity.list(admin).stream().map(UserAccount::name).toList()), "no account added");
            UserAccount target = identity.list(admin).stream().filter(a -> a.name().equals("target.user")).findFirst().orElseThrow();
            assertTrue(target.enabled(), "target still enabled");
            assertEquals(Set.of(Role.CLINICIAN), target.roles(), "target's roles unchanged");
            assertNotNull(identity.signIn("target.user", PASSWORD.toCharArray()), "target's password unchanged");
        }
    }

    @ParameterizedTest
    @EnumSource(Call.class)
    void aForgedSessionRecordGainsNothing(Call call) {
        identity.add(admin, "target.user", Set.of(Role.CLINICIAN), PASSWORD.toCharArray());
        Session clinician = signedIn("dr.benali", Role.CLINICIAN);
        Session promoted = new Session(clinician.token(), "root.admin", Set.of(Role.ADMINISTRATOR), clinician.signedIn(), clinician.expires());
        Session invented = new Session("A".repeat(43), "root.admin", Set.of(Role.ADMINISTRATOR), START, START.plusSeconds(60));

        assertThrows(AccessDeniedException.class, () -> call.call.accept(promoted, identity));
        assertThrows(SessionExpiredException.class, () -> call.call.accept(invented, identity));
        assertThrows(SessionExpiredException.class, () -> call.call.accept(null, identity));
    }

    @ParameterizedTest
    @EnumSource(Call.class)
    void anExpiredOrSignedOutAdministratorSessionIsRefused(Call call) {
        identity.add(admin, "target.user", Set.of(Role.CLINICIAN), PASSWORD.toCharArray());
        Session other = signedIn("other.admin", Role.ADMINISTRATOR);
        identity.signOut(other.token());
        clock.advance(Duration.ofMinutes(31));

        assertThrows(SessionExpiredException.class, () -> call.call.accept(admin, identity));
        assertThrows(SessionExpiredException.class, () -> call.call.accept(other, identity));
    }

    // --- sign-in

    @Test
    void anUnknownNameAndAWrongPasswordAreRefusedAlike() {
        identity.add(admin, "dr.benali", Set.of(Role.CLINICIAN), PASSWORD.toCharArray());

        SignInRefusedException unknown = assertThrows(SignInRefusedException.class, () -> identity.signIn("nobody", PASSWORD.toCharArray()));
        SignInRefusedException wrong = assertThrows(SignInRefusedException.class, () -> identity.signIn("dr.benali", "wrong-wrong-wrong".toCharArray()));

        assertEquals(Reason.WRONG_CREDENTIALS, unknown.reason());
        assertEquals(unknown.reason(), wrong.reason());
        assertEquals(unknown.getMessage(), wrong.getMessage());
        assertTrue(unknown.lockedUntil().isEmpty());
    }

    @Test
    void namesAreCaseInsensitiveAtSignIn() {
        identity.add(admin, "dr.benali", Set.of(Role.CLINICIAN), PASSWORD.toCharArray());

        assertEquals("dr.benali", identity.signIn(" Dr.Benali ", PASSWORD.toCharArray()).user());
    }

    @Test
    void fiveFailuresLockTheAccountWithBackOffUntilASuccessResetsIt() {
        identity.add(admin, "dr.benali", Set.of(Role.CLINICIAN), PASSWORD.toCharArray());
        for (int i = 0; i < 5; i++) {
            assertEquals(Reason.WRONG_CREDENTIALS, refusal("dr.benali", "wrong-wrong-wrong"));
        }

        SignInRefusedException locked = assertThrows(SignInRefusedException.class, () -> identity.signIn("dr.benali", PASSWORD.toCharArray()));
        assertEquals(Reason.LOCKED, locked.reason(), "even the right password is refused while locked");
        assertEquals(START.plus(Duration.ofMinutes(1)), locked.lockedUntil().orElseThrow());

        clock.advance(Duration.ofMinutes(1));
        assertEquals(Reason.WRONG_CREDENTIALS, refusal("dr.benali", "wrong-wrong-wrong"));
        assertEquals(clock.instant().plus(Duration.ofMinutes(2)), identity.list(admin).stream()
                .filter(a -> a.name().equals("dr.benali")).findFirst().orElseThrow().lockedUntil(), "the 6th failure doubles the lock");

        clock.advance(Duration.ofMinutes(2));
        assertNotNull(identity.signIn("dr.benali", PASSWORD.toCharArray()));
        UserAccount reset = identity.list(admin).stream().filter(a -> a.name().equals("dr.benali")).findFirst().orElseThrow();
        assertEquals(0, reset.failedAttempts());
        assertNull(reset.lockedUntil());
        assertEquals(clock.instant(), reset.lastSignIn());
    }

    @Test
    void attemptsWhileLockedNeitherCountNorExtendTheLock() {
        identity.add(admin, "dr.benali", Set.of(Role.CLINICIAN), PASSWORD.toCharArray());
        for (int i = 0; i < 5; i++) {
            refusal("dr.benali", "wrong-wrong-wrong");
        }
        for (int i = 0; i < 20; i++) {
            assertEquals(Reason.LOCKED, refusal("dr.benali", "wrong-wrong-wrong"));
        }

        UserAccount account = identity.list(admin).stream().filter(a -> a.name().equals("dr.benali")).findFirst().orElseThrow();
        assertEquals(5, account.failedAttempts());
        assertEquals(START.plus(Duration.ofMinutes(1)), account.lockedUntil());
    }

    @Test
    void theLockIsStoredSoARestartDoesNotLiftIt() {
        identity.add(admin, "dr.benali", Set.of(Role.CLINICIAN), PASSWORD.toCharArray());
        for (int i = 0; i < 5; i++) {
            refusal("dr.benali", "wrong-wrong-wrong");
        }

        identity = identity(CHEAP); // a new service over the same stored accounts

        assertEquals(Reason.LOCKED, refusal("dr.benali", PASSWORD));
    }

    @Test
    void anUnknownNameLocksLikeARealOneSoLockoutRevealsNothing() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Reason.WRONG_CREDENTIALS, refusal("nobody.here", "wrong-wrong-wrong"));
        }

        SignInRefusedException locked = assertThrows(SignInRefusedException.class, () -> identity.signIn("nobody.here", PASSWORD.toCharArray()));
        assertEquals(Reason.LOCKED, locked.reason());
        assertEquals(START.plus(Duration.ofMinutes(1)), locked.lockedUntil().orElseThrow());
    }

    @Test
    void aDisabledAccountIsOnlyReportedAsSuchToWhoeverKnowsItsPassword() {
        identity.add(admin, "dr.benali", Set.of(Role.CLINICIAN), PASSWORD.toCharArray());
        identity.disable(admin, "dr.benali");

        assertEquals(Reason.WRONG_CREDENTIALS, refusal("dr.benali", "wrong-wrong-wrong"));
        assertEquals(Reason.DISABLED, refusal("dr.benali", PASSWORD));

        identity.enable(admin, "dr.benali");
        assertNotNull(identity.signIn("dr.benali", PASSWORD.toCharArray()));
    }

    @Test
    void aHashMadeWithOlderParametersIsReplacedAtTheNextSignIn() {
        identity.add(admin, "dr.benali", Set.of(Role.CLINICIAN), PASSWORD.toCharArray());
        String before = accounts.find("dr.benali").orElseThrow().passwordHash();
        assertTrue(before.contains("m=64,t=1,p=1"), before);

        identity = identity(new Argon2idHasher.Parameters(128, 2, 1));
        identity.signIn("dr.benali", PASSWORD.toCharArray());

        String after = accounts.find("dr.benali").orElseThrow().passwordHash();
        assertTrue(after.contains("m=128,t=2,p=1"), after);
        assertNotNull(identity.signIn("dr.benali", PASSWORD.toCharArray()));
    }

    // --- account changes

    @Test
    void disablingAnAccountEndsItsSessions() {
        Session clinician = signedIn("dr.benali", Role.CLINICIAN);

        identity.disable(admin, "dr.benali");

        assertTrue(identity.validate(clinician.token()).isEmpty());
    }

    @Test
    void newRolesApplyFromTheNextSignIn() {
        Session clinician = signedIn("dr.benali", Role.CLINICIAN);

        UserAccount changed = identity.changeRoles(admin, "dr.benali", Set.of(Role.CLINICIAN, Role.SUPERVISOR));

        assertEquals(Set.of(Role.CLINICIAN, Role.SUPERVISOR), changed.roles());
        assertTrue(identity.validate(clinician.token()).isEmpty());
        assertEquals(Set.of(Role.CLINICIAN, Role.SUPERVISOR), identity.signIn("dr.benali", PASSWORD.toCharArray()).roles());
    }

    @Test
    void theLastEnabledAdministratorCanNeitherBeDisabledNorDemoted() {
        assertThrows(LastAdministratorException.class, () -> identity.disable(admin, "root.admin"));
        assertThrows(LastAdministratorException.class, () -> identity.changeRoles(admin, "root.admin", Set.of(Role.RESEARCHER)));

        signedIn("other.admin", Role.ADMINISTRATOR);
        assertEquals(Set.of(Role.RESEARCHER), identity.changeRoles(admin, "root.admin", Set.of(Role.RESEARCHER)).roles());
    }

    @Test
    void aPasswordResetLiftsTheLockAndEndsSessions() {
        Session clinician = signedIn("dr.benali", Role.CLINICIAN);
        for (int i = 0; i < 5; i++) {
            refusal("dr.benali", "wrong-wrong-wrong");
        }

        identity.resetPassword(admin, "dr.benali", "fresh-lamp-cedar-71".toCharArray());

        assertTrue(identity.validate(clinician.token()).isEmpty());
        assertEquals(Reason.WRONG_CREDENTIALS, refusal("dr.benali", PASSWORD));
        assertNotNull(identity.signIn("dr.benali", "fresh-lamp-cedar-71".toCharArray()));
    }

    @Test
    void aNewAccountNeedsAFreeValidNameAtLeastOneRoleAndAGoodPassword() {
        identity.add(admin, "dr.benali", Set.of(Role.CLINICIAN), PASSWORD.toCharArray());

        assertThrows(DuplicateUserException.class, () -> identity.add(admin, "DR.BENALI", Set.of(Role.CLINICIAN), PASSWORD.toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> identity.add(admin, "x", Set.of(Role.CLINICIAN), PASSWORD.toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> identity.add(admin, "dr benali", Set.of(Role.CLINICIAN), PASSWORD.toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> identity.add(admin, "dr.ali", Set.of(), PASSWORD.toCharArray()));
        assertEquals(PasswordRule.NOT_NAME, assertThrows(PasswordRejectedException.class,
                () -> identity.add(admin, "dr.ali", Set.of(Role.CLINICIAN), "i-am-dr.ali-really".toCharArray())).rule());
        assertThrows(UnknownUserException.class, () -> identity.disable(admin, "dr.nobody"));
    }

    @Test
    void theListIsSortedByName() {
        signedIn("zoe.m", Role.RESEARCHER);
        signedIn("amina.k", Role.CLINICIAN);

        assertEquals(List.of("amina.k", "root.admin", "zoe.m"), identity.list(admin).stream().map(UserAccount::name).toList());
    }

    @Test
    void usersChangeTheirOwnPasswordWithTheCurrentOneAndTheirOtherSessionsEnd() {
        Session here = signedIn("dr.benali", Role.CLINICIAN);
        Session elsewhere = identity.signIn("dr.benali", PASSWORD.toCharArray());

        assertEquals(Reason.WRONG_CREDENTIALS, assertThrows(SignInRefusedException.class,
                () -> identity.changePassword(here, "wrong-wrong-wrong".toCharArray(), "fresh-lamp-cedar-71".toCharArray())).reason());
        assertEquals(1, accounts.find("dr.benali").orElseThrow().failedAttempts(), "a wrong current password counts as a failure");

        identity.changePassword(here, PASSWORD.toCharArray(), "fresh-lamp-cedar-71".toCharArray());

        assertTrue(identity.validate(here.token()).isPresent());
        assertTrue(identity.validate(elsewhere.token()).isEmpty());
        assertEquals(Reason.WRONG_CREDENTIALS, refusal("dr.benali", PASSWORD));
        assertNotNull(identity.signIn("dr.benali", "fresh-lamp-cedar-71".toCharArray()));
    }

    // --- secrets

    @Test
    void passwordArraysAreWipedWhetherTheCallSucceedsOrFails() {
        char[] added = PASSWORD.toCharArray();
        char[] right = PASSWORD.toCharArray();
        char[] wrong = "wrong-wrong-wrong".toCharArray();
        char[] weak = "weak".toCharArray();
        char[] denied = PASSWORD.toCharArray();

        identity.add(admin, "dr.benali", Set.of(Role.CLINICIAN), added);
        Session clinician = identity.signIn("dr.benali", right);
        assertThrows(SignInRefusedException.class, () -> identity.signIn("dr.benali", wrong));
        assertThrows(PasswordRejectedException.class, () -> identity.resetPassword(admin, "dr.benali", weak));
        assertThrows(AccessDeniedException.class, () -> identity.add(clinician, "dr.other", Set.of(Role.CLINICIAN), denied));

        for (char[] used : List.of(added, right, wrong, weak, denied)) {
            char[] zeros = new char[used.length];
            Arrays.fill(zeros, '\0');
            assertArrayEquals(zeros, used);
        }
    }

    @Test
    void noMessageEverHoldsAPasswordOrAToken() {
        Session clinician = signedIn("dr.benali", Role.CLINICIAN);
        List<Exception> thrown = new ArrayList<>();
        thrown.add(assertThrows(SignInRefusedException.class, () -> identity.signIn("dr.benali", "wrong-wrong-wrong".toCharArray())));
        thrown.add(assertThrows(PasswordRejectedException.class, () -> identity.resetPassword(admin, "dr.benali", "password1234".toCharArray())));
        thrown.add(assertThrows(AccessDeniedException.class, () -> identity.list(clinician)));
        String stored = accounts.find("dr.benali").orElseThrow().toString();

        for (Exception e : thrown) {
            assertFalse(e.getMessage().contains("wrong-wrong-wrong") || e.getMessage().contains("password1234")
                    || e.getMessage().contains(clinician.token()), e.getMessage());
        }
        assertFalse(stored.contains("argon2"), stored);
        assertFalse(clinician.toString().contains(clinician.token()));
    }
}
