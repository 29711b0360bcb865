package org.lanterne.selfhelp.provider;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Salted, slow hashes of resume codes and passphrases: Argon2id with OWASP's parameters (19 MiB,
 * 2 passes, 1 lane), in the PHC string format that account passwords use too, so that a stored
 * hash names its own parameters.
 */
final class Argon2id {

    private static final int MEMORY_KIB = 19456;
    private static final int PASSES = 2;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final String PREFIX = "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + PASSES + ",p=1$";
    // Only the parameters this class writes are accepted: a tampered row cannot make verification costly.
    private static final Pattern STORED = Pattern.compile(Pattern.quote(PREFIX) + "([A-Za-z0-9+/]{22})\\$([A-Za-z0-9+/]{43})");

    private final SecureRandom random;

    Argon2id(SecureRandom random) {
        this.random = random;
    }

    /** @return the encoded hash of the secret, with a new salt */
    String hash(char[] secret) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(secret, salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        String encoded = PREFIX + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
        Arrays.fill(hash, (byte) 0);
        return encoded;
    }

    /** @return whether the secret matches; false for anything this class did not write */
    boolean matches(char[] secret, String encoded) {
        Matcher stored = encoded == null ? null : STORED.matcher(encoded);
        if (stored == null || !stored.matches()) {
            return false;
        }
        byte[] actual = derive(secret, Base64.getDecoder().decode(stored.group(1)));
        try {
            return MessageDigest.isEqual(Base64.getDecoder().decode(stored.group(2)), actual);
        } finally {
            Arrays.fill(actual, (byte) 0);
        }
    }

    private static byte[] derive(char[] secret, byte[] salt) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(MEMORY_KIB).withIterations(PASSES)
                .withParallelism(1).withSalt(salt).build();
        byte[] bytes = utf8(secret);
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(parameters);
            byte[] out = new byte[HASH_BYTES];
            generator.generateBytes(bytes, out);
            return out;
        } finally {
            Arrays.fill(bytes, (byte) 0);
            parameters.clear();
        }
    }

    /** @return the UTF-8 bytes of the characters, leaving no other copy behind */
    static byte[] utf8(char[] chars) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }
}
