package org.lanterne.audit.provider;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.config.TargetDatabase;
import org.eclipse.persistence.jpa.PersistenceProvider;

import jakarta.persistence.EntityManagerFactory;

/**
 * The trail on an encrypted embedded Derby database outside OSGi, set up as the store would: the
 * migration script creates the table, EclipseLink only maps it.
 */
final class DerbyTrail implements AutoCloseable {

    private static final String BOOT_KEY = "benchmark-boot-key-0123456789";

    final EmbeddedDataSource dataSource;
    final EntityManagerFactory entityManagers;
    final Anchor anchor;
    final AuditLog log;

    private DerbyTrail(EmbeddedDataSource dataSource, EntityManagerFactory entityManagers, Anchor anchor) {
        this.dataSource = dataSource;
        this.entityManagers = entityManagers;
        this.anchor = anchor;
        this.log = new AuditLog(entityManagers, anchor);
    }

    static DerbyTrail open(Path folder) throws SQLException, IOException {
        Path database = folder.resolve("database");
        boolean create = !Files.exists(database);
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(database.toString());
        if (create) {
            dataSource.setCreateDatabase("create");
            dataSource.setConnectionAttributes("dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;encryptionKeyLength=256;bootPassword="
                    + BOOT_KEY);
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute(migration());
            }
            dataSource.setCreateDatabase(null);
        }
        dataSource.setConnectionAttributes("bootPassword=" + BOOT_KEY);
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
        properties.put(PersistenceUnitProperties.TARGET_DATABASE, TargetDatabase.Derby);
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        properties.put(PersistenceUnitProperties.SESSION_NAME, "audit-" + System.nanoTime());
        EntityManagerFactory entityManagers = new PersistenceProvider().createEntityManagerFactory(JpaAuditTrail.UNIT, properties);
        Anchor anchor = new Anchor(folder.resolve("audit").resolve("anchor"), () -> {
            byte[] key = new byte[32];
            Arrays.fill(key, (byte) 42);
            return key;
        });
        return new DerbyTrail(dataSource, entityManagers, anchor);
    }

    int execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    @Override
    public void close() {
        log.close();
        entityManagers.close();
        dataSource.setShutdownDatabase("shutdown");
        try (Connection ignored = dataSource.getConnection()) {
            // Derby reports a clean shutdown as an exception
        } catch (SQLException expected) {
            if (!"08006".equals(expected.getSQLState())) {
                throw new IllegalStateException(expected);
            }
        }
    }

    private static String migration() throws IOException {
        try (InputStream in = DerbyTrail.class.getResourceAsStream("/META-INF/migrations/lanterne.audit/V1__audit_trail.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder statement = new StringBuilder();
            for (String line : sql.split("\\R")) {
                if (!line.strip().startsWith("--")) {
                    statement.append(line).append('\n');
                }
            }
            String text = statement.toString().strip();
            return text.substring(0, text.length() - 1); // one statement; JDBC takes no semicolon
        }
    }
}
