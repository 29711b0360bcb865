package org.lanterne.audit.provider;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The head of the trail (last sequence number and hash), kept outside the database in a small
 * owner-only file and sealed with an HMAC under a secret key. Removing events from the end of the
 * trail, which the chain itself cannot reveal, then leaves the trail shorter than its anchor.
 */
final class Anchor {

    private static final String FORMAT = "lanterne.audit-anchor/1";
    private static final Pattern LINE = Pattern.compile(Pattern.quote(FORMAT) + " (\\d+) ([0-9a-f]{64}) ([0-9a-f]{64})");

    private final Path file;
    private final Supplier<byte[]> key;

    /** @param key gives a fresh copy of the sealing key on each call; the copy is wiped after use */
    Anchor(Path file, Supplier<byte[]> key) {
        this.file = file;
        this.key = key;
    }

    Path file() {
        return file;
    }

    AnchorReading read() {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            return AnchorReading.MISSING;
        } catch (IOException e) {
            return AnchorReading.INVALID;
        }
        Matcher m = LINE.matcher(content);
        if (!m.matches()) {
            return AnchorReading.INVALID;
        }
        long sequence = Long.parseLong(m.group(1));
        String hash = m.group(2);
        byte[] expected = seal(sequence, hash).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, m.group(3).getBytes(StandardCharsets.US_ASCII))) {
            return AnchorReading.INVALID;
        }
        return AnchorReading.valid(sequence, hash);
    }

    /** Replaces the anchor in one step, so that a reader sees the old one or the new one. */
    void write(long sequence, String hash) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Path next = folder.resolve(file.getFileName() + ".next");
        Files.writeString(next, FORMAT + " " + sequence + " " + hash + " " + seal(sequence, hash) + "\n", StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(next, PosixFilePermissions.fromString("rw-------"));
        try {
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private String seal(long sequence, String hash) {
        byte[] secret = key.get();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((FORMAT + " " + sequence + " " + hash).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
