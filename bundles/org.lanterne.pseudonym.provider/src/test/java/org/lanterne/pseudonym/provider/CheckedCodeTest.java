package org.lanterne.pseudonym.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CheckedCodeTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aNewCodeHasFourGroupsOfCrockfordSymbolsAndIsWellFormed() {
        for (int i = 0; i < 1000; i++) {
            String code = CheckedCode.random(RANDOM);
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{5}"), code);
            assertEquals(Optional.of(code), CheckedCode.normalize(code));
        }
    }

    @Test
    void codesCarryEightyRandomBitsSoTheyDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertTrue(seen.add(CheckedCode.random(RANDOM)));
        }
        assertEquals(80, CheckedCode.DATA_SYMBOLS * 5);
    }

    @Test
    void everySymbolOccursInEveryDataPosition() {
        // A symbol missing from a position would mean fewer random bits than claimed.
        boolean[][] seen = new boolean[CheckedCode.DATA_SYMBOLS][32];
        for (int i = 0; i < 20_000; i++) {
            String compact = CheckedCode.compact(CheckedCode.random(RANDOM));
            for (int p = 0; p < CheckedCode.DATA_SYMBOLS; p++) {
                seen[p][CheckedCode.ALPHABET.indexOf(compact.charAt(p))] = true;
            }
        }
        for (boolean[] position : seen) {
            for (boolean symbol : position) {
                assertTrue(symbol);
            }
        }
    }

    @Test
    void everySingleMistypedSymbolIsCaught() {
        for (int n = 0; n < 200; n++) {
            char[] code = CheckedCode.compact(CheckedCode.random(RANDOM)).toCharArray();
            for (int p = 0; p < code.length; p++) {
                char original = code[p];
                for (char typo : CheckedCode.ALPHABET.toCharArray()) {
                    if (typo == original) {
                        continue;
                    }
                    code[p] = typo;
                    assertFalse(CheckedCode.normalize(new String(code)).isPresent(), () -> "typo accepted: " + new String(code));
                }
                code[p] = original;
            }
        }
    }

    @Test
    void everySwapOfTwoNeighboursIsCaught() {
        for (int n = 0; n < 2000; n++) {
            char[] code = CheckedCode.compact(CheckedCode.random(RANDOM)).toCharArray();
            for (int p = 0; p + 1 < code.length; p++) {
                if (code[p] == code[p + 1]) {
                    continue;
                }
                char[] swapped = code.clone();
                swapped[p] = code[p + 1];
                swapped[p + 1] = code[p];
                assertFalse(CheckedCode.normalize(new String(swapped)).isPresent(), () -> "swap accepted: " + new String(swapped));
            }
        }
    }

    @Test
    void everyPairOfDifferentSymbolsIsCaughtWhenSwappedInAnyTwoNeighbouringDataPositions() {
        // Exhaustive over the symbols, not only over the codes chance produced above.
        for (int p = 0; p + 1 < CheckedCode.DATA_SYMBOLS; p++) {
            for (int a = 0; a < 32; a++) {
                for (int b = 0; b < 32; b++) {
                    if (a == b) {
                        continue;
                    }
                    int[] symbols = new int[CheckedCode.LENGTH];
                    symbols[p] = a;
                    symbols[p + 1] = b;
                    int check = CheckedCode.checkSymbol(symbols);
                    symbols[p] = b;
                    symbols[p + 1] = a;
                    assertNotEquals(check, CheckedCode.checkSymbol(symbols), "position " + p + ": " + a + "<->" + b);
                }
            }
        }
    }

    @Test
    void swappingTheLastDataSymbolWithTheCheckSymbolIsCaught() {
        for (int a = 0; a < 32; a++) {
            int[] symbols = new int[CheckedCode.LENGTH];
            symbols[CheckedCode.DATA_SYMBOLS - 1] = a;
            int check = CheckedCode.checkSymbol(symbols);
            if (check == a) {
                continue;
            }
            symbols[CheckedCode.DATA_SYMBOLS - 1] = check;
            assertNotEquals(a, CheckedCode.checkSymbol(symbols), "symbol " + a);
        }
    }

    @Test
    void readingIsLenientAboutCaseDashesSpacesAndLookAlikeLetters() {
        String code = CheckedCode.random(RANDOM);
        String typed = code.toLowerCase(Locale.ROOT).replace("-", " ").replace('0', 'o').replace('1', 'l');

        assertEquals(Optional.of(code), CheckedCode.normalize(typed));
        assertEquals(Optional.of(code), CheckedCode.normalize(CheckedCode.compact(code)));
    }

    @Test
    void wrongLengthsAndForeignSymbolsAreRejected() {
        String compact = CheckedCode.compact(CheckedCode.random(RANDOM));

        assertFalse(CheckedCode.normalize(compact.substring(1)).isPresent());
        assertFalse(CheckedCode.normalize(compact + "0").isPresent());
        assertFalse(CheckedCode.normalize("U" + compact.substring(1)).isPresent());
        assertFalse(CheckedCode.normalize("").isPresent());
        assertFalse(CheckedCode.normalize(null).isPresent());
    }

    @Test
    void base32OfTwentyBytesIsThirtyTwoSymbols() {
        byte[] bytes = new byte[20];
        bytes[0] = (byte) 0b1111_1000;
        String text = CheckedCode.base32(bytes);
        assertEquals(32, text.length());
        assertEquals('Z', text.charAt(0));
        assertEquals("0".repeat(31), text.substring(1));
    }
}
