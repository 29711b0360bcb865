package org.lanterne.store.provider;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.lanterne.store.api.StoreUnavailableException;

/**
 * Brings a persistence unit's tables up to date by running its pending migration scripts in
 * order, each in one transaction together with its entry in the history table, so that a crash
 * leaves every script either applied and recorded or not applied at all.
 */
final class SchemaMigrations {

    static final String HISTORY = "LANTERNE_SCHEMA_HISTORY";

    private final DataSource dataSource;
    private final String engine;

    SchemaMigrations(DataSource dataSource, String engine) {
        this.dataSource = dataSource;
        this.engine = engine;
    }

    /**
     * @param unit    the persistence unit the scripts belong to
     * @param scripts every script the unit ships, for every engine
     * @return the versions run now, in order
     */
    synchronized List<Integer> migrate(String unit, Collection<MigrationScript> scripts) {
        Map<Integer, MigrationScript> chosen = choose(unit, scripts);
        try (Connection connection = dataSource.getConnection()) {
            createHistoryIfMissing(connection);
            Map<Integer, String> applied = applied(connection, unit);
            for (Map.Entry<Integer, String> done : applied.entrySet()) {
                MigrationScript script = chosen.get(done.getKey());
                if (script == null) {
                    throw new StoreUnavailableException("The database holds version " + done.getKey() + " of " + unit
                            + ", which this version of Lanterne does not know: open it with a newer Lanterne.", null);
                }
                if (!script.checksum().equals(done.getValue())) {
                    throw new StoreUnavailableException("Migration V" + done.getKey() + " of " + unit
                            + " has changed since it was run on this database; a script that has run must never change.", null);
                }
            }
            List<Integer> pending = chosen.keySet().stream().filter(v -> !applied.containsKey(v)).toList();
            for (int version : pending) {
                run(connection, unit, chosen.get(version));
            }
            return pending;
        } catch (SQLException e) {
            throw new StoreUnavailableException("The schema of " + unit + " cannot be brought up to date: " + e.getMessage(), e);
        }
    }

    /** Picks, for each version, the script for this engine or else the one for every engine. */
    private Map<Integer, MigrationScript> choose(String unit, Collection<MigrationScript> scripts) {
        Map<Integer, MigrationScript> chosen = new TreeMap<>();
        for (MigrationScript script : scripts) {
            if (script.engine().isPresent() && !script.engine().get().equals(engine)) {
                continue;
            }
            MigrationScript other = chosen.get(script.version());
            if (other == null || other.engine().isEmpty() && script.engine().isPresent()) {
                chosen.put(script.version(), script);
            } else if (other.engine().equals(script.engine())) {
                throw new StoreUnavailableException("Unit " + unit + " has two migrations numbered V" + script.version(), null);
            }
        }
        int expected = 1;
        for (int version : chosen.keySet()) {
            if (version != expected++) {
                throw new StoreUnavailableException("The migrations of " + unit + " must be numbered V1, V2, ... without gaps; V"
                        + (expected - 1) + " is missing.", null);
            }
        }
        return chosen;
    }

    private static void createHistoryIfMissing(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String table = metaData.storesLowerCaseIdentifiers() ? HISTORY.toLowerCase() : HISTORY;
        try (ResultSet tables = metaData.getTables(null, null, table, new String[] { "TABLE" })) {
            if (tables.next()) {
                return;
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + HISTORY + " (UNIT_NAME VARCHAR(128) NOT NULL, VERSION INTEGER NOT NULL, "
                    + "DESCRIPTION VARCHAR(200) NOT NULL, CHECKSUM CHAR(64) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL, "
                    + "PRIMARY KEY (UNIT_NAME, VERSION))");
        }
    }

    private static Map<Integer, String> applied(Connection connection, String unit) throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT VERSION, CHECKSUM FROM " + HISTORY + " WHERE UNIT_NAME = ?")) {
            query.setString(1, unit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    applied.put(rows.getInt(1), rows.getString(2));
                }
            }
        }
        return applied;
    }

    private static void run(Connection connection, String unit, MigrationScript script) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement();
                PreparedStatement record = connection.prepareStatement("INSERT INTO " + HISTORY + " VALUES (?, ?, ?, ?, ?)")) {
            for (String sql : script.statements()) {
                statement.execute(sql);
            }
            record.setString(1, unit);
            record.setInt(2, script.version());
            record.setString(3, script.description());
            record.setString(4, script.checksum());
            record.setTimestamp(5, Timestamp.from(Instant.now()));
            record.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("migration V" + script.version() + " (" + script.description() + ") failed: " + e.getMessage(),
                    e.getSQLState(), e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
