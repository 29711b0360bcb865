package org.lanterne.admin.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretInputTest {

    @TempDir
    Path folder;

    @Test
    void readsOneSecretPerLineWithoutTheLineEnd() throws IOException {
        SecretInput input = new SecretInput(new ByteArrayInputStream("first pass\r\nsecond-é\n".getBytes(StandardCharsets.UTF_8)));

        assertArrayEquals("first pass".toCharArray(), input.readLine("the first"));
        assertArrayEquals("second-é".toCharArray(), input.readLine("the second"));
    }

    @Test
    void saysWhichSecretIsMissingWithoutShowingAnyOther() {
        SecretInput input = new SecretInput(new ByteArrayInputStream("only-one\n".getBytes(StandardCharsets.UTF_8)));

        IOException missing = assertThrows(IOException.class, () -> {
            input.readLine("the password of admin");
            input.readLine("the new password");
        });
        assertTrue(missing.getMessage().contains("the new password"), missing.getMessage());
        assertFalse(missing.getMessage().contains("only-one"));
    }

    @Test
    void deletesTheSecretsFileOnceRead() throws IOException {
        Path file = Files.writeString(folder.resolve("secrets"), "pass-word-123\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        try (SecretInput input = SecretInput.open(file.toString())) {
            assertArrayEquals("pass-word-123".toCharArray(), input.readLine("the password"));
        }
        assertFalse(Files.exists(file));
    }

    @Test
    void refusesAndDeletesASecretsFileOthersCouldRead() throws IOException {
        Path file = Files.writeString(folder.resolve("secrets"), "pass-word-123\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThrows(IOException.class, () -> SecretInput.open(file.toString()));
        assertFalse(Files.exists(file));
    }
}
