package org.lanterne.identity.provider;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

import org.lanterne.identity.api.SessionService;
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

    private final EntityManagerFactory entityManagers;

    @Activate
    public JpaIdentityService(@Reference PersistenceService persistence, BundleContext context, Config config) {
        this(persistence.open(context.getBundle(), UNIT), config, new SecureRandom());
    }

    private JpaIdentityService(EntityManagerFactory entityManagers, Config config, SecureRandom random) {
        super(new JpaAccounts(entityManagers), new Argon2idHasher(Argon2idHasher.Parameters.OWASP, random), PasswordRules.bundled(),
                PermissionMatrix.bundled(),
                new SessionTable(Clock.systemUTC(), Duration.ofMinutes(config.idleTimeoutMinutes()),
                        Duration.ofMinutes(config.absoluteTimeoutMinutes()), random),
                Clock.systemUTC());
        this.entityManagers = entityManagers;
    }

    @Deactivate
    void deactivate() {
        signOutEveryone();
        entityManagers.close();
    }
}
