package org.lanterne.store.provider;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The database's boot key, kept in a file readable by its owner only. It is created once, with
 * 256 random bits, the first time the database is created.
 */
final class KeyFile {

    private static final int KEY_BYTES = 32;

    private KeyFile() {
    }

    static String readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return read(file);
        }
        Files.createDirectories(file.getParent(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        try {
            Files.writeString(file, encoded, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return encoded;
        } catch (FileAlreadyExistsException raced) {
            return read(file);
        }
    }

    private static String read(Path file) throws IOException {
        String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (key.length() < 8) {
            throw new IOException("The key file " + file + " is empty or too short (a boot key has at least 8 characters)");
        }
        return key;
    }
}
