package org.lanterne.store.provider;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.lanterne.core.api.CheckResult;
import org.lanterne.core.api.HealthCheck;
import org.lanterne.store.api.BackupReport;
import org.lanterne.store.api.BackupService;
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
 * The installation's database, opened once when the component activates and closed cleanly when
 * it deactivates: embedded Derby encrypted at rest by default, or PostgreSQL by configuration.
 */
@Component(configurationPid = JpaPersistenceService.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        service = { PersistenceService.class, BackupService.class, HealthCheck.class }, immediate = true)
@Designate(ocd = JpaPersistenceService.Config.class)
public class JpaPersistenceService implements PersistenceService, BackupService, HealthCheck {

    static final String PID = "org.lanterne.store";

    private static final String DERBY_LOG_PROPERTY = "derby.stream.error.file";

    @ObjectClassDefinition(name = "Lanterne database", description = "Which database the installation uses. "
            + "Unset values come from <lanterne.data>/store.properties, then from the defaults. Relative paths are "
            + "relative to <lanterne.data>.")
    public @interface Config {

        @AttributeDefinition(description = "derby (embedded, encrypted; the default), derby-network or postgresql")
        String engine() default "derby";

        @AttributeDefinition(description = "Derby: the database folder (default: database)")
        String path() default "";

        @AttributeDefinition(description = "Derby: file holding the boot key, created on first use (default: keys/database.key)")
        String keyFile() default "";

        @AttributeDefinition(description = "PostgreSQL: JDBC URL without credentials, e.g. jdbc:postgresql://127.0.0.1:5432/lanterne; "
                + "Derby network: host:port/database")
        String url() default "";

        @AttributeDefinition(description = "PostgreSQL and Derby network: user name")
        String user() default "";

        @AttributeDefinition(description = "PostgreSQL and Derby network: file holding the password, readable by its owner only")
        String passwordFile() default "";
    }

    private final AtomicLong sessions = new AtomicLong();
    private final Database database;
    private final StoreUnavailableException failure;
    private final SchemaMigrations migrations;

    @Activate
    public JpaPersistenceService(Map<String, Object> configuration) {
        Path data = DataFolder.path();
        // Derby's own log goes next to the data, not into whatever folder the process started in.
        if (System.getProperty(DERBY_LOG_PROPERTY) == null) {
            System.setProperty(DERBY_LOG_PROPERTY, data.resolve("derby.log").toString());
        }
        Database opened = null;
        StoreUnavailableException openFailure = null;
        try {
            opened = open(StoreSettings.resolve(data, configuration));
        } catch (IOException e) {
            openFailure = new StoreUnavailableException("The store settings cannot be used: " + e.getMessage(), e);
        } catch (StoreUnavailableException e) {
            openFailure = e;
        }
        database = opened;
        failure = openFailure;
        migrations = database == null ? null : new SchemaMigrations(database.dataSource(), database.engine());
    }

    private static Database open(StoreSettings settings) throws IOException {
        if (settings.engine().equals("postgresql")) {
            if (settings.url().isEmpty() || settings.user().isEmpty() || settings.passwordFile() == null) {
                throw new IOException("PostgreSQL needs url, user and passwordFile");
            }
            String password = Files.readString(settings.passwordFile(), StandardCharsets.UTF_8).strip();
            try {
                return new PostgresqlDatabase(settings.url(), settings.user(), password);
            } catch (NoClassDefFoundError e) {
                throw new IOException("the PostgreSQL driver (bundle org.postgresql.jdbc) is not installed", e);
            }
        }
        if (settings.engine().equals("derby-network")) {
            // host:port/database
            java.util.regex.Matcher address = java.util.regex.Pattern.compile("([^:/]+):(\\d+)/(.+)").matcher(settings.url());
            if (!address.matches() || settings.user().isEmpty() || settings.passwordFile() == null) {
                throw new IOException("a Derby network database needs url = host:port/database, user and passwordFile");
            }
            String password = Files.readString(settings.passwordFile(), StandardCharsets.UTF_8).strip();
            return new DerbyNetworkDatabase(address.group(1), Integer.parseInt(address.group(2)), address.group(3), settings.user(), password,
                    KeyFile.readOrCreate(settings.keyFile()));
        }
        try {
            return new EmbeddedDerbyDatabase(settings.path(), KeyFile.readOrCreate(settings.keyFile()));
        } catch (IOException e) {
            throw new IOException("the database key cannot be read from " + settings.keyFile() + ": " + e.getMessage(), e);
        }
    }

    @Deactivate
    void deactivate() {
        if (database != null) {
            database.close();
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
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, database.dataSource());
        properties.put(PersistenceUnitProperties.CLASSLOADER, unitLoader);
        properties.put(PersistenceUnitProperties.TARGET_DATABASE, database.targetDatabase());
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
    public BackupReport backup(Path target) {
        if (failure != null) {
            throw failure;
        }
        Path folder = target.toAbsolutePath();
        try {
            if (Files.exists(folder)) {
                throw new IOException(folder + " exists already: a backup goes into a new folder");
            }
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            database.backup(folder);
            long bytes;
            try (Stream<Path> files = Files.walk(folder)) {
                bytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
            }
            return new BackupReport(folder, folder.resolve("database"), Instant.now(), bytes);
        } catch (IOException e) {
            throw new StoreUnavailableException("The backup cannot be written: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new StoreUnavailableException("The backup failed: " + e.getMessage(), e);
        }
    }

    @Override
    public StoreDescription description() {
        if (database == null) {
            throw failure;
        }
        return database.description();
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
        try (Connection connection = database.dataSource().getConnection()) {
            return connection.isValid(2) ? CheckResult.up() : CheckResult.down("The database does not answer.");
        } catch (SQLException e) {
            return CheckResult.down(database.explain(e));
        }
    }
}
