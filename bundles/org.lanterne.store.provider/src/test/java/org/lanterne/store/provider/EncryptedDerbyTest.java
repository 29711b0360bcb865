package org.lanterne.store.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.lanterne.store.api.StoreUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedDerbyTest {

    private static final String MARKER = "PLAINTEXT-MARKER-7f3a9c";

    @TempDir
    Path home;

    @Test
    void keepsRowsAcrossRestartsAndNeverWritesThemInPlaintext() throws Exception {
        Path folder = home.resolve("database");
        EmbeddedDataSource created = EncryptedDerby.open(folder, "first-key-123456");
        try (Connection c = created.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (body VARCHAR(200))");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO note VALUES (?)")) {
                insert.setString(1, MARKER.repeat(5));
                insert.executeUpdate();
            }
        }
        EncryptedDerby.close(created);

        EmbeddedDataSource reopened = EncryptedDerby.open(folder, "first-key-123456");
        try (Connection c = reopened.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT body FROM note")) {
            assertTrue(rows.next());
            assertEquals(MARKER.repeat(5), rows.getString(1));
        }
        EncryptedDerby.close(reopened);

        assertFalse(anyFileContains(folder, MARKER), "the marker must not appear in any database file");
    }

    @Test
    void refusesAWrongKeyWithAClearReason() {
        Path folder = home.resolve("database");
        EncryptedDerby.close(EncryptedDerby.open(folder, "right-key-123456"));

        StoreUnavailableException refused = assertThrows(StoreUnavailableException.class,
                () -> EncryptedDerby.open(folder, "wrong-key-654321"));
        assertEquals("The database at " + folder + " cannot be opened: the encryption key is wrong.", refused.getMessage());
    }

    @Test
    void explainsAFolderThatIsNoDatabase() throws IOException {
        Path folder = Files.createDirectories(home.resolve("not-a-database"));
        Files.writeString(folder.resolve("readme.txt"), "hello");

        StoreUnavailableException refused = assertThrows(StoreUnavailableException.class,
                () -> EncryptedDerby.open(folder, "some-key-123456"));
        assertTrue(refused.getMessage().startsWith("The database at " + folder + " cannot be opened"), refused.getMessage());
    }

    @Test
    void reportsAnUnexpectedShutdownState() throws SQLException {
        Path folder = home.resolve("database");
        EmbeddedDataSource dataSource = EncryptedDerby.open(folder, "a-key-12345678");
        EncryptedDerby.close(dataSource);
        // A second shutdown of a database that is no longer booted is not a clean shutdown.
        assertThrows(StoreUnavailableException.class, () -> EncryptedDerby.close(dataSource));
    }

    private static boolean anyFileContains(Path folder, String marker) throws IOException {
        byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = marker.getBytes(StandardCharsets.UTF_16BE);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                byte[] content = Files.readAllBytes(file);
                if (indexOf(content, needle) >= 0 || indexOf(content, utf16) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
