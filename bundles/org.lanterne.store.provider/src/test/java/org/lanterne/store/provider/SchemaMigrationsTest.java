package org.lanterne.store.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lanterne.store.api.StoreUnavailableException;

/** Migrations against a real, encrypted embedded Derby database. */
class SchemaMigrationsTest {

    private static final MigrationScript V1 = script(1, "CREATE TABLE person_code (code VARCHAR(20) NOT NULL PRIMARY KEY);");
    private static final MigrationScript V2 = script(2, "-- a column added in a later release\nALTER TABLE person_code\n  ADD COLUMN site VARCHAR(20);");

    @TempDir
    Path home;

    private EmbeddedDataSource dataSource;
    private SchemaMigrations migrations;

    @BeforeEach
    void open() {
        dataSource = EncryptedDerby.open(home.resolve("database"), "a-key-for-tests-123");
        migrations = new SchemaMigrations(dataSource, "derby");
    }

    @AfterEach
    void close() {
        EncryptedDerby.close(dataSource);
    }

    @Test
    void upgradesAnExistingDatabaseInPlaceKeepingItsRows() throws SQLException {
        assertEquals(List.of(1), migrations.migrate("unit", List.of(V1)));
        execute("INSERT INTO person_code (code) VALUES ('K7Q2-M9XA')");

        assertEquals(List.of(2), migrations.migrate("unit", List.of(V1, V2)));

        execute("UPDATE person_code SET site = 'rabat'");
        assertEquals("K7Q2-M9XA rabat", single("SELECT code || ' ' || site FROM person_code"));
        assertEquals("2", single("SELECT MAX(version) FROM LANTERNE_SCHEMA_HISTORY WHERE unit_name = 'unit'"));
    }

    @Test
    void runsNothingWhenTheSchemaIsCurrent() {
        migrations.migrate("unit", List.of(V1, V2));

        assertEquals(List.of(), migrations.migrate("unit", List.of(V2, V1)));
    }

    @Test
    void keepsTheHistoryOfEachUnitApart() {
        migrations.migrate("unit", List.of(V1));

        StoreUnavailableException clash = assertThrows(StoreUnavailableException.class, () -> migrations.migrate("other", List.of(V1)));
        assertTrue(clash.getMessage().contains("migration V1"), clash.getMessage());
    }

    @Test
    void refusesAScriptThatChangedAfterItRan() {
        migrations.migrate("unit", List.of(V1));
        MigrationScript edited = script(1, "CREATE TABLE person_code (code VARCHAR(40) NOT NULL PRIMARY KEY);");

        StoreUnavailableException refused = assertThrows(StoreUnavailableException.class, () -> migrations.migrate("unit", List.of(edited)));
        assertEquals("Migration V1 of unit has changed since it was run on this database; a script that has run must never change.",
                refused.getMessage());
    }

    @Test
    void refusesADatabaseNewerThanTheCode() {
        migrations.migrate("unit", List.of(V1, V2));

        StoreUnavailableException refused = assertThrows(StoreUnavailableException.class, () -> migrations.migrate("unit", List.of(V1)));
        assertTrue(refused.getMessage().contains("holds version 2 of unit"), refused.getMessage());
    }

    @Test
    void aFailingScriptLeavesNeitherItsTablesNorAHistoryEntry() throws SQLException {
        MigrationScript broken = script(1, "CREATE TABLE half_done (id INTEGER);\nCREATE TABLE broken (id NOT_A_TYPE);");

        StoreUnavailableException failed = assertThrows(StoreUnavailableException.class, () -> migrations.migrate("unit", List.of(broken)));
        assertTrue(failed.getMessage().contains("migration V1 (step) failed"), failed.getMessage());
        assertFalse(tableExists("HALF_DONE"));
        assertEquals("0", single("SELECT COUNT(*) FROM LANTERNE_SCHEMA_HISTORY"));

        assertEquals(List.of(1), migrations.migrate("unit", List.of(V1)));
    }

    @Test
    void anEngineSpecificScriptReplacesThePlainOne() throws SQLException {
        MigrationScript derbyOnly = new MigrationScript(1, "step", Optional.of("derby"), "CREATE TABLE derby_table (id INTEGER);");
        MigrationScript postgresqlOnly = new MigrationScript(2, "step", Optional.of("postgresql"), "CREATE TABLE pg_table (id SERIAL);");

        assertEquals(List.of(1), migrations.migrate("unit", List.of(V1, derbyOnly, postgresqlOnly)));
        assertTrue(tableExists("DERBY_TABLE"));
        assertFalse(tableExists("PERSON_CODE"));
    }

    @Test
    void refusesAGapInTheNumbering() {
        MigrationScript v3 = script(3, "CREATE TABLE later (id INTEGER);");

        StoreUnavailableException refused = assertThrows(StoreUnavailableException.class, () -> migrations.migrate("unit", List.of(V1, v3)));
        assertTrue(refused.getMessage().contains("V2 is missing"), refused.getMessage());
    }

    private static MigrationScript script(int version, String sql) {
        return new MigrationScript(version, "step", Optional.empty(), sql);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private String single(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            assertTrue(rows.next());
            return String.valueOf(rows.getObject(1));
        }
    }

    private boolean tableExists(String name) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet tables = c.getMetaData().getTables(null, null, name, null)) {
            return tables.next();
        }
    }
}
