package org.lanterne.store.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTest {

    @TempDir
    Path home;

    @Test
    void createsAnOwnerOnlyKeyOnceAndReadsItBack() throws IOException {
        Path file = home.resolve("keys/database.key");

        String created = KeyFile.readOrCreate(file);

        assertEquals(43, created.length(), "256 bits in unpadded base64");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(created, KeyFile.readOrCreate(file));
    }

    @Test
    void rejectsAnEmptyKeyFile() throws IOException {
        Path file = Files.writeString(home.resolve("empty.key"), "\n");

        IOException refused = assertThrows(IOException.class, () -> KeyFile.readOrCreate(file));
        assertTrue(refused.getMessage().contains("empty or too short"), refused.getMessage());
    }
}
