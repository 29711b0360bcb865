package org.lanterne.pseudonym.provider;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Participant codes: 16 Crockford base32 symbols (80 random bits) and one check symbol.
 * <p>
 * The check works in the field GF(32): symbol {@code i} of the 17 is weighted by {@code a^(16-i)},
 * where {@code a} generates the field, and the check symbol makes the weighted sum zero. All 17
 * weights are distinct and non-zero (the generator has order 31), so changing one symbol, or
 * swapping any two different symbols, always changes the sum. A mod-37 check (Crockford's own)
 * would need five extra symbols that people misread.
 */
final class CheckedCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int DATA_SYMBOLS = 16;
    static final int LENGTH = DATA_SYMBOLS + 1;

    // x^5 + x^2 + 1, a primitive polynomial of degree 5.
    private static final int FIELD_POLYNOMIAL = 0b100101;
    private static final int GENERATOR = 2;

    private CheckedCode() {
    }

    /** @return a new code in its written form */
    static String random(SecureRandom random) {
        byte[] bits = new byte[DATA_SYMBOLS * 5 / 8];
        random.nextBytes(bits);
        int[] symbols = new int[LENGTH];
        for (int i = 0; i < DATA_SYMBOLS; i++) {
            symbols[i] = fiveBits(bits, i * 5);
        }
        symbols[DATA_SYMBOLS] = checkSymbol(symbols);
        return written(symbols);
    }

    /** @return the code in its written form, or empty if it is not a well-formed code */
    static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        int[] symbols = new int[LENGTH];
        int n = 0;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == '-' || c == ' ') {
                continue;
            }
            int value = value(c);
            if (value < 0 || n == LENGTH) {
                return Optional.empty();
            }
            symbols[n++] = value;
        }
        if (n != LENGTH || checkSymbol(symbols) != symbols[DATA_SYMBOLS]) {
            return Optional.empty();
        }
        return Optional.of(written(symbols));
    }

    /** @return the symbols without dashes, the form that keyed identifiers are computed from */
    static String compact(String written) {
        return written.replace("-", "");
    }

    static int checkSymbol(int[] symbols) {
        // Horner's rule: ((s0*a + s1)*a + ...)*a + s15, then one more *a so the check weighs a^0.
        int sum = 0;
        for (int i = 0; i < DATA_SYMBOLS; i++) {
            sum = multiply(sum, GENERATOR) ^ symbols[i];
        }
        return multiply(sum, GENERATOR);
    }

    static int multiply(int a, int b) {
        int product = 0;
        while (b != 0) {
            if ((b & 1) != 0) {
                product ^= a;
            }
            b >>>= 1;
            a <<= 1;
            if ((a & 0b100000) != 0) {
                a ^= FIELD_POLYNOMIAL;
            }
        }
        return product;
    }

    static int value(char c) {
        char upper = Character.toUpperCase(c);
        switch (upper) {
            case 'O':
                return 0;
            case 'I':
            case 'L':
                return 1;
            default:
                return ALPHABET.indexOf(upper);
        }
    }

    private static String written(int[] symbols) {
        StringBuilder code = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            // Groups of four; the check symbol closes the last group.
            if (i > 0 && i % 4 == 0 && i < DATA_SYMBOLS) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(symbols[i]));
        }
        return code.toString().toUpperCase(Locale.ROOT);
    }

    private static int fiveBits(byte[] bytes, int bitOffset) {
        int value = 0;
        for (int b = bitOffset; b < bitOffset + 5; b++) {
            value = (value << 1) | ((bytes[b / 8] >>> (7 - b % 8)) & 1);
        }
        return value;
    }

    /** Crockford base32 of whole bytes, five bits per symbol, most significant first. */
    static String base32(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length * 8 / 5 + 1);
        for (int bit = 0; bit + 5 <= bytes.length * 8; bit += 5) {
            text.append(ALPHABET.charAt(fiveBits(bytes, bit)));
        }
        return text.toString();
    }
}
