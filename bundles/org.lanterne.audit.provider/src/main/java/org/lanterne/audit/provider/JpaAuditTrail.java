package org.lanterne.audit.provider;

import java.nio.file.Path;
import java.util.List;

import org.lanterne.audit.api.AuditEvent;
import org.lanterne.audit.api.AuditTrail;
import org.lanterne.audit.api.ChainVerification;
import org.lanterne.audit.api.Outcome;
import org.lanterne.store.api.KeyService;
import org.lanterne.store.api.PersistenceService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import jakarta.persistence.EntityManagerFactory;

/** The audit trail in the installation's database (unit {@code lanterne.audit}). */
@Component(configurationPid = JpaAuditTrail.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        immediate = true) // one appender holds the head for as long as the store is up
@Designate(ocd = JpaAuditTrail.Config.class)
public class JpaAuditTrail implements AuditTrail {

    static final String PID = "org.lanterne.audit";
    static final String UNIT = "lanterne.audit";
    static final String ANCHOR_KEY = "audit-anchor";

    @ObjectClassDefinition(name = "Lanterne audit trail", description = "Where the sealed head of the audit trail is kept.")
    public @interface Config {

        @AttributeDefinition(description = "Anchor file; empty means <lanterne.data>/audit/anchor")
        String anchorFile() default "";
    }

    private final EntityManagerFactory entityManagers;
    private final AuditLog log;

    @Activate
    public JpaAuditTrail(@Reference PersistenceService persistence, @Reference KeyService keys, BundleContext context, Config config) {
        Path data = Path.of(System.getProperty("lanterne.data", Path.of(System.getProperty("user.home"), ".lanterne").toString()));
        Path anchorFile = config.anchorFile().isBlank() ? data.resolve("audit").resolve("anchor") : Path.of(config.anchorFile());
        this.entityManagers = persistence.open(context.getBundle(), UNIT);
        try {
            this.log = new AuditLog(entityManagers, new Anchor(anchorFile.toAbsolutePath(), () -> keys.key(ANCHOR_KEY)));
        } catch (RuntimeException e) {
            entityManagers.close();
            throw e;
        }
    }

    /** Events already handed in are stored before the unit closes; later ones are refused. */
    @Deactivate
    void deactivate() {
        try {
            log.close();
        } finally {
            entityManagers.close();
        }
    }

    @Override
    public AuditEvent record(String actor, String action, String recordType, String recordId, Outcome outcome) {
        return log.record(actor, action, recordType, recordId, outcome);
    }

    @Override
    public List<AuditEvent> read(long fromSequence, int max) {
        return log.read(fromSequence, max);
    }

    @Override
    public ChainVerification verify() {
        return log.verify();
    }
}
