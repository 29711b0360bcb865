package org.lanterne.pseudonym.provider;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.lanterne.store.api.KeyService;

class KeyedPseudonymsTest {

    private final List<byte[]> handedOut = new ArrayList<>();
    private final KeyService keys = name -> {
        assertEquals("pseudonyms", name);
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (i * 7 + 3);
        }
        handedOut.add(key);
        return key;
    };
    private final KeyedPseudonyms pseudonyms = new KeyedPseudonyms(keys);

    @Test
    void theSamePersonGetsTheSameIdWithinAnExportScope() {
        String code = pseudonyms.newCode();

        String id = pseudonyms.exportId("evaluation-2026", code);

        assertEquals(id, pseudonyms.exportId("evaluation-2026", code));
        assertEquals(id, pseudonyms.exportId("evaluation-2026", code.toLowerCase(Locale.ROOT).replace("-", "")));
        assertTrue(id.matches("[0-9A-HJKMNP-TV-Z]{32}"), id);
    }

    @Test
    void idsOfTheSamePersonInDifferentScopesDiffer() {
        String code = pseudonyms.newCode();

        assertNotEquals(pseudonyms.exportId("evaluation-2026", code), pseudonyms.exportId("study-b", code));
    }

    @Test
    void differentPeopleGetDifferentIds() {
        assertNotEquals(pseudonyms.exportId("s", pseudonyms.newCode()), pseudonyms.exportId("s", pseudonyms.newCode()));
    }

    @Test
    void anotherKeyGivesOtherIds() {
        String code = pseudonyms.newCode();
        KeyedPseudonyms elsewhere = new KeyedPseudonyms(name -> new byte[32]);

        assertNotEquals(pseudonyms.exportId("s", code), elsewhere.exportId("s", code));
    }

    @Test
    void theExportIdIsNotAPlainHashOfTheCode() throws Exception {
        String code = pseudonyms.newCode();
        String id = pseudonyms.exportId("s", code);

        for (String form : List.of(code, CheckedCode.compact(code), "s" + code, "s" + CheckedCode.compact(code), code + "s")) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(form.getBytes(StandardCharsets.UTF_8));
            assertNotEquals(CheckedCode.base32(java.util.Arrays.copyOf(digest, 20)), id);
            assertFalse(id.equalsIgnoreCase(HexFormat.of().formatHex(digest)));
        }
    }

    @Test
    void theKeyIsWipedAfterEachUse() {
        pseudonyms.exportId("s", pseudonyms.newCode());

        assertEquals(1, handedOut.size());
        assertArrayEquals(new byte[32], handedOut.get(0));
    }

    @Test
    void malformedCodesAndBlankScopesAreRefusedWithoutEchoingTheCode() {
        String code = pseudonyms.newCode();
        String typo = code.substring(0, 3) + (code.charAt(3) == 'A' ? 'B' : 'A') + code.substring(4);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> pseudonyms.exportId("s", typo));
        assertFalse(refused.getMessage().contains(typo));
        assertThrows(IllegalArgumentException.class, () -> pseudonyms.exportId(" ", code));
        assertTrue(handedOut.isEmpty(), "no key is read for a refused request");
    }

    @Test
    void lengthPrefixingKeepsFieldBoundaries() {
        assertFalse(java.util.Arrays.equals(KeyedPseudonyms.lengthPrefixed("ab", "c"), KeyedPseudonyms.lengthPrefixed("a", "bc")));
    }

    @Test
    void isWellFormedAndNormalizeAgree() {
        String code = pseudonyms.newCode();

        assertTrue(pseudonyms.isWellFormed(code.toLowerCase(Locale.ROOT)));
        assertEquals(code, pseudonyms.normalize(code.toLowerCase(Locale.ROOT)));
        assertFalse(pseudonyms.isWellFormed("not a code"));
    }
}
