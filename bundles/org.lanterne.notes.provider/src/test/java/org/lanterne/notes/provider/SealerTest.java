package org.lanterne.notes.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class SealerTest {

    private static final String TEXT = "Le client évoque une situation à risque — الخطر";

    private static Sealer sealer(int seed) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) seed);
        return new Sealer(key);
    }

    @Test
    void aSealedValueOpensInItsPlaceAndShowsNothingOfTheText() {
        String sealed = sealer(1).seal(TEXT, "note-text:a");

        assertEquals(TEXT, sealer(1).open(sealed, "note-text:a"));
        assertFalse(sealed.contains("client"));
        assertFalse(new String(Base64.getDecoder().decode(sealed.substring(3)), StandardCharsets.ISO_8859_1).contains("client"));
        assertNotEquals(sealed, sealer(1).seal(TEXT, "note-text:a"), "a fresh nonce each time");
    }

    @Test
    void aValueMovedToAnotherRowDoesNotOpen() {
        String sealed = sealer(1).seal(TEXT, "note-text:a");

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> sealer(1).open(sealed, "note-text:b"));
        assertTrue(refused.getMessage().contains("note-text:b"));
        assertFalse(refused.getMessage().contains("client"));
    }

    @Test
    void anotherKeyOrAnAlteredValueDoesNotOpen() {
        String sealed = sealer(1).seal(TEXT, "note-text:a");
        char[] altered = sealed.toCharArray();
        altered[10] = altered[10] == 'A' ? 'B' : 'A';

        assertThrows(IllegalStateException.class, () -> sealer(2).open(sealed, "note-text:a"));
        assertThrows(IllegalStateException.class, () -> sealer(1).open(new String(altered), "note-text:a"));
        assertThrows(IllegalStateException.class, () -> sealer(1).open(sealed.substring(0, 12), "note-text:a"));
        assertThrows(IllegalStateException.class, () -> sealer(1).open(TEXT, "note-text:a"), "plain text is not taken for sealed");
    }

    @Test
    void onlyA256BitKeyIsTakenAndItIsWipedFromTheCallersArray() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 7);
        new Sealer(key);

        assertTrue(Arrays.equals(new byte[32], key));
        assertThrows(IllegalArgumentException.class, () -> new Sealer(new byte[16]));
    }
}
