package org.lanterne.identity.provider;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.lanterne.audit.api.AuditTrail;
import org.lanterne.audit.api.Outcome;
import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionService;
import org.lanterne.identity.api.SignInRefusedException;
import org.lanterne.identity.api.UserAccount;
import org.lanterne.identity.api.UserService;
import org.lanterne.store.api.PersistenceService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import jakarta.persistence.EntityManagerFactory;

/**
 * Local accounts in the installation's database and sessions in memory. A new configuration
 * restarts the component, which signs everyone out, as does any restart of the bundle or server.
 * Every sign-in and every account change is recorded in the audit trail with its outcome; a
 * refused sign-in is recorded without the name that was typed, which may be a mistyped password.
 */
@Component(configurationPid = JpaIdentityService.PID, service = { UserService.class, SessionService.class }, immediate = true)
@Designate(ocd = JpaIdentityService.Config.class)
public class JpaIdentityService extends LocalIdentity {

    static final String PID = "org.lanterne.identity.sessions";
    static final String UNIT = "lanterne.identity";

    @ObjectClassDefinition(name = "Lanterne sessions", description = "How long a signed-in session lasts.")
    public @interface Config {

        @AttributeDefinition(description = "Minutes without activity after which a session ends")
        int idleTimeoutMinutes() default 30;

        @AttributeDefinition(description = "Minutes after sign-in after which a session ends, however active")
        int absoluteTimeoutMinutes() default 720;
    }

    static final String ACCOUNT = "account";
    private static final String ANONYMOUS = "anonymous";
    private static final String UNIDENTIFIED = "unidentified";
    private static final String ALL_ACCOUNTS = "all";
    private static final Pattern ACCOUNT_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private final EntityManagerFactory entityManagers;
    private final AuditTrail audit;

    @Activate
    public JpaIdentityService(@Reference PersistenceService persistence, @Reference AuditTrail audit, BundleContext context, Config config) {
        this(persistence.open(context.getBundle(), UNIT), audit, config, new SecureRandom());
    }

    private JpaIdentityService(EntityManagerFactory entityManagers, AuditTrail audit, Config config, SecureRandom random) {
        super(new JpaAccounts(entityManagers), new Argon2idHasher(Argon2idHasher.Parameters.OWASP, random), PasswordRules.bundled(),
                PermissionMatrix.bundled(),
                new SessionTable(Clock.systemUTC(), Duration.ofMinutes(config.idleTimeoutMinutes()),
                        Duration.ofMinutes(config.absoluteTimeoutMinutes()), random),
                Clock.systemUTC());
        this.entityManagers = entityManagers;
        this.audit = audit;
    }

    @Override
    public Session signIn(String name, char[] password) {
        try {
            Session session = super.signIn(name, password);
            audit.record(session.user(), "sign-in", ACCOUNT, session.user(), Outcome.SUCCESS);
            return session;
        } catch (SignInRefusedException e) {
            audit.record(ANONYMOUS, "sign-in", ACCOUNT, UNIDENTIFIED, Outcome.DENIED);
            throw e;
        }
    }

    @Override
    public void signOut(String token) {
        validate(token).ifPresent(session -> audit.record(session.user(), "sign-out", ACCOUNT, session.user(), Outcome.SUCCESS));
        super.signOut(token);
    }

    @Override
    public UserAccount bootstrapAdministrator(String name, char[] password) {
        UserAccount first = super.bootstrapAdministrator(name, password);
        audit.record(first.name(), "account-bootstrap", ACCOUNT, first.name(), Outcome.SUCCESS);
        return first;
    }

    @Override
    public UserAccount add(Session acting, String name, Set<Role> roles, char[] password) {
        return audited(acting, "account-add", name, () -> super.add(acting, name, roles, password));
    }

    @Override
    public List<UserAccount> list(Session acting) {
        return audited(acting, "account-list", ALL_ACCOUNTS, () -> super.list(acting));
    }

    @Override
    public UserAccount disable(Session acting, String name) {
        return audited(acting, "account-disable", name, () -> super.disable(acting, name));
    }

    @Override
    public UserAccount enable(Session acting, String name) {
        return audited(acting, "account-enable", name, () -> super.enable(acting, name));
    }

    @Override
    public UserAccount resetPassword(Session acting, String name, char[] password) {
        return audited(acting, "account-reset-password", name, () -> super.resetPassword(acting, name, password));
    }

    @Override
    public UserAccount changeRoles(Session acting, String name, Set<Role> roles) {
        return audited(acting, "account-change-roles", name, () -> super.changeRoles(acting, name, roles));
    }

    @Override
    public void changePassword(Session own, char[] current, char[] next) {
        audited(own, "account-change-password", own.user(), () -> {
            super.changePassword(own, current, next);
            return null;
        });
    }

    /** Runs an account operation and records who asked, for which account, and how it ended. */
    private <T> T audited(Session acting, String action, String account, Supplier<T> operation) {
        String actor = acting == null ? ANONYMOUS : acting.user();
        // Only a valid account name is recorded: anything else typed there stays out of the trail.
        String target = account.equals(ALL_ACCOUNTS) || ACCOUNT_NAME.matcher(account.toLowerCase(Locale.ROOT)).matches()
                ? account.toLowerCase(Locale.ROOT)
                : UNIDENTIFIED;
        try {
            T result = operation.get();
            audit.record(actor, action, ACCOUNT, target, Outcome.SUCCESS);
            return result;
        } catch (AccessDeniedException | SignInRefusedException e) { // an expired session is denied access too
            audit.record(actor, action, ACCOUNT, target, Outcome.DENIED);
            throw e;
        } catch (RuntimeException e) {
            audit.record(actor, action, ACCOUNT, target, Outcome.FAILED);
            throw e;
        }
    }

    @Deactivate
    void deactivate() {
        signOutEveryone();
        entityManagers.close();
    }
}
