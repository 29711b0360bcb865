package org.lanterne.identity.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.lanterne.identity.provider.Argon2idHasher.Parameters;

class Argon2idHasherTest {

    private final Argon2idHasher hasher = new Argon2idHasher(Parameters.OWASP, new SecureRandom());

    @Test
    void theEncodedHashNamesArgon2idAndTheOwaspParameters() {
        String encoded = hasher.hash("correct horse battery".toCharArray());

        assertTrue(encoded.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), encoded);
        String[] parts = encoded.split("\\$");
        assertEquals(6, parts.length);
        assertEquals(16, Base64.getDecoder().decode(parts[4]).length, "salt bytes");
        assertEquals(32, Base64.getDecoder().decode(parts[5]).length, "hash bytes");
    }

    @Test
    void theRightPasswordVerifiesAndAnyOtherDoesNot() {
        String encoded = hasher.hash("correct horse battery".toCharArray());

        assertTrue(hasher.verify("correct horse battery".toCharArray(), encoded));
        assertFalse(hasher.verify("correct horse batterY".toCharArray(), encoded));
        assertFalse(hasher.verify(new char[0], encoded));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeThanksToTheSalt() {
        assertNotEquals(hasher.hash("correct horse battery".toCharArray()), hasher.hash("correct horse battery".toCharArray()));
    }

    @Test
    void nonAsciiPasswordsVerify() {
        char[] arabic = "كلمة سر طويلة جدا".toCharArray();
        String encoded = hasher.hash(arabic.clone());

        assertTrue(hasher.verify(arabic, encoded));
    }

    @Test
    void hashesMadeWithOlderParametersStillVerifyButAskForARehash() {
        Argon2idHasher older = new Argon2idHasher(new Parameters(4096, 1, 1), new SecureRandom());
        String old = older.hash("correct horse battery".toCharArray());

        assertTrue(old.startsWith("$argon2id$v=19$m=4096,t=1,p=1$"), old);
        assertTrue(hasher.verify("correct horse battery".toCharArray(), old));
        assertTrue(hasher.needsRehash(old));
        assertFalse(hasher.needsRehash(hasher.hash("correct horse battery".toCharArray())));
    }

    @Test
    void damagedOrForeignEncodingsNeverVerify() {
        String encoded = hasher.hash("correct horse battery".toCharArray());
        char[] password = "correct horse battery".toCharArray();

        assertFalse(hasher.verify(password, null));
        assertFalse(hasher.verify(password, ""));
        assertFalse(hasher.verify(password, encoded.replace("argon2id", "argon2i")));
        assertFalse(hasher.verify(password, encoded.replace("v=19", "v=16")));
        assertFalse(hasher.verify(password, encoded.replace("m=19456", "m=99999999")), "memory beyond the bound");
        assertFalse(hasher.verify(password, encoded.substring(0, encoded.length() - 2) + "AA"));
        assertTrue(hasher.needsRehash("{CRYPT}something else"));
    }
}
