package org.lanterne.store.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MigrationScriptTest {

    @Test
    void readsVersionDescriptionAndEngineFromTheFileName() {
        MigrationScript plain = MigrationScript.parse("V12__add_site_column.sql", "").orElseThrow();
        MigrationScript pg = MigrationScript.parse("V3__accounts.postgresql.sql", "").orElseThrow();

        assertEquals(12, plain.version());
        assertEquals("add site column", plain.description());
        assertEquals(Optional.empty(), plain.engine());
        assertEquals(Optional.of("postgresql"), pg.engine());
    }

    @Test
    void ignoresNamesOutsideTheConvention() {
        for (String name : List.of("V1_missing_underscore.sql", "v1__lower.sql", "V1__x.oracle.sql", "V1__x.txt", "../V1__x.sql")) {
            assertTrue(MigrationScript.parse(name, "").isEmpty(), name);
        }
    }

    @Test
    void splitsStatementsAtSemicolonsEndingALineAndDropsComments() {
        MigrationScript script = MigrationScript.parse("V1__two.sql", """
                -- people
                CREATE TABLE a (
                  id INTEGER
                );
                INSERT INTO a VALUES (1);
                """).orElseThrow();

        assertEquals(List.of("CREATE TABLE a (\nid INTEGER\n)", "INSERT INTO a VALUES (1)"), script.statements());
    }

    @Test
    void theChecksumFollowsEveryCharacter() {
        String a = MigrationScript.parse("V1__x.sql", "CREATE TABLE a (id INTEGER);").orElseThrow().checksum();
        String b = MigrationScript.parse("V1__x.sql", "CREATE TABLE a (id BIGINT);").orElseThrow().checksum();

        assertEquals(64, a.length());
        assertNotEquals(a, b);
    }
}
