package org.lanterne.selfhelp.provider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Salted hashes of resume codes: SHA-256 of a random 16-byte salt and the code, stored as
 * {@code $sha256$<salt>$<hash>}. A fast hash is enough here, unlike for passphrases: a code is 100
 * random bits, so trying codes one by one against a stolen hash takes about 2^99 hashes however fast
 * each is. A memory-hard hash would only slow every enrolment and resumption down.
 */
final class CodeHashes {

    private static final int SALT_BYTES = 16;
    private static final String PREFIX = "$sha256$";
    // Only what this class writes is read: a tampered row is a mismatch, nothing else.
    private static final Pattern STORED = Pattern.compile(Pattern.quote(PREFIX) + "([A-Za-z0-9+/]{22})\\$([A-Za-z0-9+/]{43})");

    private final SecureRandom random;

    CodeHashes(SecureRandom random) {
        this.random = random;
    }

    /** @param canonicalCode the code as {@link ResumeCodes#canonical} gives it */
    String hash(String canonicalCode) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return PREFIX + base64.encodeToString(salt) + "$" + base64.encodeToString(digest(salt, canonicalCode));
    }

    /** @return whether the code matches; false for anything this class did not write */
    boolean matches(String canonicalCode, String stored) {
        Matcher parts = stored == null ? null : STORED.matcher(stored);
        if (parts == null || !parts.matches()) {
            return false;
        }
        byte[] actual = digest(Base64.getDecoder().decode(parts.group(1)), canonicalCode);
        return MessageDigest.isEqual(Base64.getDecoder().decode(parts.group(2)), actual);
    }

    private static byte[] digest(byte[] salt, String canonicalCode) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(canonicalCode.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
