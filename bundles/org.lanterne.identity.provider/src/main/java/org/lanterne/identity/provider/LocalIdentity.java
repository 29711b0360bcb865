package org.lanterne.identity.provider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.BootstrapClosedException;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.DuplicateUserException;
import org.lanterne.identity.api.LastAdministratorException;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionExpiredException;
import org.lanterne.identity.api.SessionService;
import org.lanterne.identity.api.SignInRefusedException;
import org.lanterne.identity.api.UnknownUserException;
import org.lanterne.identity.api.UserAccount;
import org.lanterne.identity.api.UserService;

/**
 * Local accounts and their sessions, independent of where accounts are stored.
 * <p>
 * Locking: changes to one account hold that account's stripe lock, so that a sign-in and an
 * administrator's change never overwrite each other; administrators' changes also hold the
 * instance's lock, which makes checks over all accounts (last administrator, bootstrap) exact.
 */
class LocalIdentity implements UserService, SessionService {

    /**
     * The first administrator always gets this id: two servers bootstrapping one shared database
     * at the same time collide on the primary key instead of creating two administrators.
     */
    static final String FIRST_ADMINISTRATOR_ID = "00000000-0000-0000-0000-000000000001";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final int STRIPES = 64;
    private static final int REMEMBERED_UNKNOWN_NAMES = 10_000;

    private final Accounts accounts;
    private final Argon2idHasher hasher;
    private final PasswordRules rules;
    private final PermissionMatrix matrix;
    private final SessionTable sessions;
    private final Clock clock;
    private final Object[] stripes = new Object[STRIPES];
    private final String decoyHash;
    // Failures for names without an account, so that lockout does not tell which names exist.
    private final Map<String, StoredAccount> unknownNames = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoredAccount> eldest) {
            return size() > REMEMBERED_UNKNOWN_NAMES;
        }
    };

    LocalIdentity(Accounts accounts, Argon2idHasher hasher, PasswordRules rules, PermissionMatrix matrix, SessionTable sessions,
            Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.rules = rules;
        this.matrix = matrix;
        this.sessions = sessions;
        this.clock = clock;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
        char[] decoy = UUID.randomUUID().toString().toCharArray();
        this.decoyHash = hasher.hash(decoy);
        Secrets.wipe(decoy);
    }

    // --- sessions

    @Override
    public Session signIn(String name, char[] password) {
        try {
            String key = key(name);
            synchronized (stripe(key)) {
                Instant now = now();
                Optional<StoredAccount> found = NAME.matcher(key).matches() ? accounts.find(key) : Optional.empty();
                if (found.isEmpty()) {
                    refuseUnknown(key, password, now);
                }
                StoredAccount account = found.get();
                if (account.lockedUntil() != null && now.isBefore(account.lockedUntil())) {
                    throw SignInRefusedException.locked(account.lockedUntil());
                }
                if (!hasher.verify(password, account.passwordHash())) {
                    int failures = account.failedAttempts() + 1;
                    accounts.update(account.withFailure(failures, Lockout.lockedUntil(failures, now)));
                    throw SignInRefusedException.wrongCredentials();
                }
                // Only someone who knows the password learns that the account is disabled.
                if (!account.enabled()) {
                    throw SignInRefusedException.disabled();
                }
                String hash = hasher.needsRehash(account.passwordHash()) ? hasher.hash(password) : account.passwordHash();
                accounts.update(account.withSignIn(now, hash));
                return sessions.open(account.name(), account.roles(), now);
            }
        } finally {
            Secrets.wipe(password);
        }
    }

    private void refuseUnknown(String key, char[] password, Instant now) {
        String remembered = digest(key);
        StoredAccount phantom;
        synchronized (unknownNames) {
            phantom = unknownNames.get(remembered);
        }
        if (phantom != null && phantom.lockedUntil() != null && now.isBefore(phantom.lockedUntil())) {
            throw SignInRefusedException.locked(phantom.lockedUntil());
        }
        hasher.verify(password, decoyHash); // takes as long as a real check
        int failures = (phantom == null ? 0 : phantom.failedAttempts()) + 1;
        StoredAccount failed = new StoredAccount(remembered, remembered, decoyHash, Set.of(), true, now, null, failures,
                Lockout.lockedUntil(failures, now), now);
        synchronized (unknownNames) {
            unknownNames.put(remembered, failed);
        }
        throw SignInRefusedException.wrongCredentials();
    }

    @Override
    public Optional<Session> validate(String token) {
        return sessions.validate(token);
    }

    @Override
    public void signOut(String token) {
        sessions.close(token);
    }

    // --- accounts

    @Override
    public boolean bootstrapNeeded() {
        return accounts.count() == 0;
    }

    @Override
    public synchronized UserAccount bootstrapAdministrator(String name, char[] password) {
        try {
            if (accounts.count() > 0) {
                throw new BootstrapClosedException();
            }
            String key = validName(name);
            rules.check(key, password);
            Instant now = now();
            StoredAccount first = new StoredAccount(FIRST_ADMINISTRATOR_ID, key, hasher.hash(password), Set.of(Role.ADMINISTRATOR),
                    true, now, null, 0, null, now);
            try {
                accounts.insert(first);
            } catch (DuplicateUserException e) {
                throw new BootstrapClosedException();
            }
            return first.toDTO();
        } finally {
            Secrets.wipe(password);
        }
    }

    @Override
    public UserAccount add(Session acting, String name, Set<Role> roles, char[] password) {
        try {
            administrator(acting);
            String key = validName(name);
            Set<Role> granted = validRoles(roles);
            rules.check(key, password);
            String hash = hasher.hash(password);
            synchronized (this) {
                if (accounts.find(key).isPresent()) {
                    throw new DuplicateUserException(key);
                }
                Instant now = now();
                StoredAccount account = new StoredAccount(UUID.randomUUID().toString(), key, hash, granted, true, now, null, 0, null, now);
                accounts.insert(account);
                return account.toDTO();
            }
        } finally {
            Secrets.wipe(password);
        }
    }

    @Override
    public List<UserAccount> list(Session acting) {
        administrator(acting);
        return accounts.all().stream().map(StoredAccount::toDTO).sorted(Comparator.comparing(UserAccount::name)).toList();
    }

    @Override
    public synchronized UserAccount disable(Session acting, String name) {
        administrator(acting);
        String key = key(name);
        synchronized (stripe(key)) {
            StoredAccount account = existing(key);
            if (account.enabled() && account.roles().contains(Role.ADMINISTRATOR) && enabledAdministrators() == 1) {
                throw new LastAdministratorException(account.name());
            }
            StoredAccount disabled = account.withEnabled(false);
            accounts.update(disabled);
            sessions.closeAllOf(account.name(), null);
            return disabled.toDTO();
        }
    }

    @Override
    public synchronized UserAccount enable(Session acting, String name) {
        administrator(acting);
        String key = key(name);
        synchronized (stripe(key)) {
            StoredAccount enabled = existing(key).withEnabled(true);
            accounts.update(enabled);
            return enabled.toDTO();
        }
    }

    @Override
    public UserAccount resetPassword(Session acting, String name, char[] password) {
        try {
            administrator(acting);
            String key = existing(key(name)).name();
            rules.check(key, password);
            String hash = hasher.hash(password);
            synchronized (this) {
                synchronized (stripe(key)) {
                    StoredAccount reset = existing(key).withPassword(hash, now());
                    accounts.update(reset);
                    sessions.closeAllOf(key, null);
                    return reset.toDTO();
                }
            }
        } finally {
            Secrets.wipe(password);
        }
    }

    @Override
    public synchronized UserAccount changeRoles(Session acting, String name, Set<Role> roles) {
        administrator(acting);
        Set<Role> granted = validRoles(roles);
        String key = key(name);
        synchronized (stripe(key)) {
            StoredAccount account = existing(key);
            if (account.enabled() && account.roles().contains(Role.ADMINISTRATOR) && !granted.contains(Role.ADMINISTRATOR)
                    && enabledAdministrators() == 1) {
                throw new LastAdministratorException(account.name());
            }
            StoredAccount changed = account.withRoles(granted);
            accounts.update(changed);
            sessions.closeAllOf(account.name(), null);
            return changed.toDTO();
        }
    }

    @Override
    public void changePassword(Session own, char[] current, char[] next) {
        try {
            Session live = live(own, Action.UPDATE, DataClass.ACCOUNT);
            synchronized (stripe(live.user())) {
                Instant now = now();
                StoredAccount account = accounts.find(live.user()).orElseThrow(() -> new SessionExpiredException(Action.UPDATE, DataClass.ACCOUNT));
                if (account.lockedUntil() != null && now.isBefore(account.lockedUntil())) {
                    throw SignInRefusedException.locked(account.lockedUntil());
                }
                if (!hasher.verify(current, account.passwordHash())) {
                    int failures = account.failedAttempts() + 1;
                    accounts.update(account.withFailure(failures, Lockout.lockedUntil(failures, now)));
                    throw SignInRefusedException.wrongCredentials();
                }
                rules.check(account.name(), next);
                accounts.update(account.withPassword(hasher.hash(next), now));
                sessions.closeAllOf(account.name(), live.token());
            }
        } finally {
            Secrets.wipe(current);
            Secrets.wipe(next);
        }
    }

    /** Ends every session, for example when the component stops. */
    void signOutEveryone() {
        sessions.closeAll();
    }

    // --- checks

    /** The session behind the record's token, which must grant ADMINISTER on ACCOUNT. */
    private Session administrator(Session acting) {
        Session live = live(acting, Action.ADMINISTER, DataClass.ACCOUNT);
        if (!matrix.allows(live.roles(), Action.ADMINISTER, DataClass.ACCOUNT)) {
            throw new AccessDeniedException(Action.ADMINISTER, DataClass.ACCOUNT);
        }
        return live;
    }

    private Session live(Session acting, Action action, DataClass dataClass) {
        return (acting == null ? Optional.<Session>empty() : sessions.validate(acting.token()))
                .orElseThrow(() -> new SessionExpiredException(action, dataClass));
    }

    private StoredAccount existing(String key) {
        return accounts.find(key).orElseThrow(() -> new UnknownUserException(key));
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private long enabledAdministrators() {
        return accounts.all().stream().filter(a -> a.enabled() && a.roles().contains(Role.ADMINISTRATOR)).count();
    }

    private static String validName(String name) {
        String key = key(name);
        if (!NAME.matcher(key).matches()) {
            throw new IllegalArgumentException("Account names have 3 to 64 characters among a-z 0-9 . _ - and start with a letter or digit.");
        }
        return key;
    }

    private static Set<Role> validRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("An account needs at least one role.");
        }
        return Set.copyOf(roles);
    }

    private Object stripe(String key) {
        return stripes[Math.floorMod(key.hashCode(), STRIPES)];
    }

    // Milliseconds, as the databases keep them.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String digest(String name) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
