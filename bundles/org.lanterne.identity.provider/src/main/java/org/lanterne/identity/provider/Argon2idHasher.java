package org.lanterne.identity.provider;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format,
 * {@code $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>} (Base64 without padding),
 * so that a stored hash carries its own parameters: they can be raised later and old hashes
 * still verify (and are rehashed at the next successful sign-in).
 */
final class Argon2idHasher {

    /**
     * Cost of one hash.
     *
     * @param memoryKiB   memory in KiB
     * @param iterations  passes over the memory
     * @param parallelism lanes
     */
    record Parameters(int memoryKiB, int iterations, int parallelism) {

        /** The OWASP recommendation for Argon2id: 19 MiB, 2 passes, 1 lane. */
        static final Parameters OWASP = new Parameters(19456, 2, 1);

        boolean weakerThan(Parameters other) {
            return memoryKiB < other.memoryKiB || iterations < other.iterations || parallelism < other.parallelism;
        }
    }

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    private static final Pattern ENCODED = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{16,})\\$([A-Za-z0-9+/]{16,})");
    // Bounds on stored parameters, so that a tampered row cannot make sign-in exhaust the server.
    private static final int MAX_MEMORY_KIB = 1 << 20;
    private static final int MAX_ITERATIONS = 20;
    private static final int MAX_PARALLELISM = 8;

    private final Parameters parameters;
    private final SecureRandom random;

    Argon2idHasher(Parameters parameters, SecureRandom random) {
        this.parameters = parameters;
        this.random = random;
    }

    /** @return the encoded hash of {@code password}, with a new random salt */
    String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, parameters, HASH_BYTES);
        try {
            Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
            return "$argon2id$v=19$m=" + parameters.memoryKiB() + ",t=" + parameters.iterations() + ",p=" + parameters.parallelism()
                    + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
        } finally {
            Secrets.wipe(hash);
        }
    }

    /**
     * @return whether {@code password} matches {@code encoded}; false for an encoding this class
     *         does not accept, so that a damaged row never lets anyone in
     */
    boolean verify(char[] password, String encoded) {
        Matcher m = encoded == null ? null : ENCODED.matcher(encoded);
        if (m == null || !m.matches()) {
            return false;
        }
        Parameters stored = new Parameters(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (stored.memoryKiB() < 8 * stored.parallelism() || stored.memoryKiB() > MAX_MEMORY_KIB
                || stored.iterations() < 1 || stored.iterations() > MAX_ITERATIONS
                || stored.parallelism() < 1 || stored.parallelism() > MAX_PARALLELISM) {
            return false;
        }
        byte[] salt;
        byte[] expected;
        try {
            salt = Base64.getDecoder().decode(m.group(4));
            expected = Base64.getDecoder().decode(m.group(5));
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] actual = derive(password, salt, stored, expected.length);
        try {
            return MessageDigest.isEqual(expected, actual); // constant time
        } finally {
            Secrets.wipe(actual);
            Secrets.wipe(expected);
        }
    }

    /** @return whether {@code encoded} was made with weaker parameters than the current ones */
    boolean needsRehash(String encoded) {
        Matcher m = encoded == null ? null : ENCODED.matcher(encoded);
        if (m == null || !m.matches()) {
            return true;
        }
        Parameters stored = new Parameters(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return stored.weakerThan(parameters);
    }

    private static byte[] derive(char[] password, byte[] salt, Parameters parameters, int length) {
        Argon2Parameters argon2 = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(parameters.memoryKiB())
                .withIterations(parameters.iterations())
                .withParallelism(parameters.parallelism())
                .withSalt(salt)
                .build();
        // Our own conversion, because the generator's char[] variant leaves an unwiped copy.
        byte[] secret = Secrets.utf8(password);
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(argon2);
            byte[] out = new byte[length];
            generator.generateBytes(secret, out);
            return out;
        } finally {
            Secrets.wipe(secret);
            argon2.clear();
        }
    }
}
