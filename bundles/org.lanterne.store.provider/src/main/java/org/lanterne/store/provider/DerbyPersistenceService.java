package org.lanterne.store.provider;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.config.TargetDatabase;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.lanterne.core.api.CheckResult;
import org.lanterne.core.api.HealthCheck;
import org.lanterne.store.api.PersistenceService;
import org.lanterne.store.api.StoreDescription;
import org.lanterne.store.api.StoreUnavailableException;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import jakarta.persistence.EntityManagerFactory;

/**
 * The installation's database: embedded Derby, encrypted at rest, opened once when the
 * component activates and shut down cleanly when it deactivates.
 */
@Component(configurationPid = DerbyPersistenceService.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        service = { PersistenceService.class, HealthCheck.class }, immediate = true)
@Designate(ocd = DerbyPersistenceService.Config.class)
public class DerbyPersistenceService implements PersistenceService, HealthCheck {

    static final String PID = "org.lanterne.store";

    private static final String ENGINE = "derby";
    private static final String DERBY_LOG_PROPERTY = "derby.stream.error.file";

    @ObjectClassDefinition(name = "Lanterne database", description = "Where the embedded, encrypted database lives.")
    public @interface Config {

        @AttributeDefinition(description = "Database folder; empty means <lanterne.data>/database")
        String path() default "";

        @AttributeDefinition(description = "File holding the database's boot key, created on first use; empty means <lanterne.data>/keys/database.key")
        String keyFile() default "";
    }

    private final AtomicLong sessions = new AtomicLong();
    private final Path folder;
    private final EmbeddedDataSource dataSource;
    private final StoreUnavailableException failure;
    private final SchemaMigrations migrations;

    @Activate
    public DerbyPersistenceService(Config config) {
        Path data = DataFolder.path();
        folder = (config.path().isBlank() ? data.resolve("database") : Path.of(config.path())).toAbsolutePath();
        // Derby's own log goes next to the data, not into whatever folder the process started in.
        if (System.getProperty(DERBY_LOG_PROPERTY) == null) {
            System.setProperty(DERBY_LOG_PROPERTY, data.resolve("derby.log").toString());
        }
        Path keyFile = config.keyFile().isBlank() ? data.resolve("keys").resolve("database.key") : Path.of(config.keyFile());
        EmbeddedDataSource opened = null;
        StoreUnavailableException openFailure = null;
        try {
            opened = EncryptedDerby.open(folder, KeyFile.readOrCreate(keyFile));
        } catch (IOException e) {
            openFailure = new StoreUnavailableException("The database key cannot be read from " + keyFile + ": " + e.getMessage(), e);
        } catch (StoreUnavailableException e) {
            openFailure = e;
        }
        dataSource = opened;
        failure = openFailure;
        migrations = new SchemaMigrations(dataSource, ENGINE);
    }

    @Deactivate
    void deactivate() {
        if (dataSource != null) {
            EncryptedDerby.close(dataSource);
        }
    }

    @Override
    public EntityManagerFactory open(Bundle owner, String unitName) {
        if (failure != null) {
            throw failure;
        }
        migrations.migrate(unitName, BundleMigrations.of(owner, unitName));
        ClassLoader unitLoader = new UnitClassLoader(owner.adapt(BundleWiring.class).getClassLoader(), getClass().getClassLoader());
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
        properties.put(PersistenceUnitProperties.CLASSLOADER, unitLoader);
        properties.put(PersistenceUnitProperties.TARGET_DATABASE, TargetDatabase.Derby);
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        // EclipseLink caches sessions by name across factories: a unit reopened after a restart
        // of its bundle or of this store must get a fresh session, not the closed one.
        properties.put(PersistenceUnitProperties.SESSION_NAME, owner.getSymbolicName() + "/" + unitName + "/" + sessions.incrementAndGet());
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        // SQL parameters may hold personal data: never let them reach a log.
        properties.put(PersistenceUnitProperties.LOGGING_PARAMETERS, "false");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(unitLoader);
        try {
            EntityManagerFactory factory = new PersistenceProvider().createEntityManagerFactory(unitName, properties);
            if (factory == null) {
                throw new StoreUnavailableException("Bundle " + owner.getSymbolicName() + " has no persistence unit named " + unitName, null);
            }
            return factory;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public StoreDescription description() {
        return new StoreDescription(ENGINE, folder.toString(), true);
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public CheckResult check() {
        if (failure != null) {
            return CheckResult.down(failure.getMessage());
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2) ? CheckResult.up() : CheckResult.down("The database does not answer.");
        } catch (SQLException e) {
            return CheckResult.down(EncryptedDerby.explain(folder, e));
        }
    }
}
