package org.lanterne.selfhelp.provider;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Resume codes: 20 Crockford base32 characters in five groups of four, {@code 7QM2-9KXD-C4TB-H1ZR-8PWA},
 * that is 100 random bits, easy to write down and to read out. When reading a code, case, spaces and
 * dashes do not matter, and {@code O}, {@code I} and {@code L} are taken for {@code 0} and {@code 1}.
 */
final class ResumeCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 20;
    static final int GROUP = 4;
    /** 5 bits a character. */
    static final int BITS = LENGTH * 5;

    private final SecureRandom random;

    ResumeCodes(SecureRandom random) {
        this.random = random;
    }

    /** @return a new code in its written form */
    String next() {
        StringBuilder code = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** @return the code's 20 characters without dashes, upper case, or empty if it is not shaped like a code */
    static Optional<String> canonical(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            char read = c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c;
            if (read == '-' || Character.isWhitespace(read)) {
                continue;
            }
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            code.append(read);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }
}
