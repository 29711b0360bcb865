package org.lanterne.store.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreSettingsTest {

    @TempDir
    Path data;

    @Test
    void withoutSettingsTheDatabaseIsEmbeddedDerbyInTheDataFolder() throws IOException {
        StoreSettings settings = StoreSettings.resolve(data, Map.of());

        assertEquals("derby", settings.engine());
        assertEquals(data.resolve("database"), settings.path());
        assertEquals(data.resolve("keys/database.key"), settings.keyFile());
        assertNull(settings.passwordFile());
    }

    @Test
    void theFileInTheDataFolderSelectsPostgresql() throws IOException {
        Files.writeString(data.resolve("store.properties"), """
                engine = postgresql
                url = jdbc:postgresql://127.0.0.1:5432/lanterne
                user = lanterne
                passwordFile = keys/postgresql.password
                """);

        StoreSettings settings = StoreSettings.resolve(data, Map.of());

        assertEquals("postgresql", settings.engine());
        assertEquals("jdbc:postgresql://127.0.0.1:5432/lanterne", settings.url());
        assertEquals("lanterne", settings.user());
        assertEquals(data.resolve("keys/postgresql.password"), settings.passwordFile());
    }

    @Test
    void configurationAdminWinsOverTheFileAndAbsolutePathsStayAsGiven() throws IOException {
        Files.writeString(data.resolve("store.properties"), "engine = postgresql\n");
        Path elsewhere = data.resolveSibling("elsewhere.key");

        StoreSettings settings = StoreSettings.resolve(data, Map.of("engine", "derby", "keyFile", elsewhere.toString(), "path", " "));

        assertEquals("derby", settings.engine());
        assertEquals(elsewhere, settings.keyFile());
        assertEquals(data.resolve("database"), settings.path());
    }

    @Test
    void anUnknownEngineIsRefusedByName() throws IOException {
        Files.writeString(data.resolve("store.properties"), "engine = oracle\n");

        IOException refused = assertThrows(IOException.class, () -> StoreSettings.resolve(data, Map.of()));
        assertTrue(refused.getMessage().contains("'oracle'"), refused.getMessage());
    }
}
