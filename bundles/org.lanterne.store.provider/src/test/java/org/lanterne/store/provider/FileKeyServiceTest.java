package org.lanterne.store.provider;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileKeyServiceTest {

    @TempDir
    Path data;

    private String previous;

    @BeforeEach
    void useTemporaryDataFolder() {
        previous = System.getProperty(DataFolder.PROPERTY);
        System.setProperty(DataFolder.PROPERTY, data.toString());
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(DataFolder.PROPERTY);
        } else {
            System.setProperty(DataFolder.PROPERTY, previous);
        }
    }

    @Test
    void givesTheSame256BitKeyForANameAndDifferentKeysForDifferentNames() {
        FileKeyService keys = new FileKeyService();

        byte[] pseudonyms = keys.key("pseudonyms");
        assertEquals(32, pseudonyms.length);
        assertArrayEquals(pseudonyms, new FileKeyService().key("pseudonyms"));
        assertFalse(Arrays.equals(pseudonyms, keys.key("exports")));
        assertEquals(true, Files.exists(data.resolve("keys/pseudonyms.key")));
    }

    @Test
    void refusesNamesThatCouldLeaveTheKeyFolder() {
        FileKeyService keys = new FileKeyService();

        for (String name : new String[] { "../database", "Pseudonyms", "a/b", "", "-x" }) {
            assertThrows(IllegalArgumentException.class, () -> keys.key(name), name);
        }
    }
}
