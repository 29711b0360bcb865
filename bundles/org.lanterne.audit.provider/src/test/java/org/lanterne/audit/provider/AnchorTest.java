package org.lanterne.audit.provider;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnchorTest {

    private static final String HASH = "ab".repeat(32);

    @TempDir
    Path folder;

    private final List<byte[]> handedOut = new ArrayList<>();

    private Anchor anchor(Path file, byte fill) {
        return new Anchor(file, () -> {
            byte[] key = new byte[32];
            java.util.Arrays.fill(key, fill);
            handedOut.add(key);
            return key;
        });
    }

    @Test
    void aWrittenAnchorReadsBackInAnOwnerOnlyFile() throws Exception {
        Path file = folder.resolve("audit/anchor");
        anchor(file, (byte) 1).write(12, HASH);

        assertEquals(AnchorReading.valid(12, HASH), anchor(file, (byte) 1).read());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertFalse(Files.exists(folder.resolve("audit/anchor.next")));
    }

    @Test
    void noFileMeansMissing() {
        assertEquals(AnchorReading.MISSING, anchor(folder.resolve("anchor"), (byte) 1).read());
    }

    @Test
    void anEditedAnchorIsInvalid() throws Exception {
        Path file = folder.resolve("anchor");
        anchor(file, (byte) 1).write(12, HASH);
        Files.writeString(file, Files.readString(file).replace(" 12 ", " 11 "));

        assertEquals(AnchorReading.INVALID, anchor(file, (byte) 1).read());
    }

    @Test
    void anAnchorSealedWithAnotherKeyIsInvalid() throws Exception {
        Path file = folder.resolve("anchor");
        anchor(file, (byte) 1).write(12, HASH);

        assertEquals(AnchorReading.INVALID, anchor(file, (byte) 2).read());
    }

    @Test
    void garbageIsInvalid() throws Exception {
        Path file = Files.writeString(folder.resolve("anchor"), "12 " + HASH);

        assertEquals(AnchorReading.INVALID, anchor(file, (byte) 1).read());
    }

    @Test
    void theKeyIsWipedAfterEachUse() throws Exception {
        Path file = folder.resolve("anchor");
        anchor(file, (byte) 1).write(12, HASH);
        anchor(file, (byte) 1).read();

        assertEquals(2, handedOut.size());
        for (byte[] key : handedOut) {
            assertArrayEquals(new byte[32], key);
        }
    }
}
