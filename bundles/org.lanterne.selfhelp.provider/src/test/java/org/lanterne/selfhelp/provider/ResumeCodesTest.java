package org.lanterne.selfhelp.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Resume codes: at least 80 random bits, written in groups, read forgivingly. */
class ResumeCodesTest {

    private final ResumeCodes codes = new ResumeCodes(new SecureRandom());

    @Test
    void aCodeIsFiveGroupsOfFourCrockfordCharacters() {
        String code = codes.next();
        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}"), code);
    }

    @Test
    void aCodeCarriesAtLeastEightyRandomBits() {
        assertEquals(32, ResumeCodes.ALPHABET.length(), "5 bits a character");
        assertEquals(32, ResumeCodes.ALPHABET.chars().distinct().count());
        assertEquals(100, ResumeCodes.BITS);
        assertTrue(ResumeCodes.BITS >= 80);
        Set<String> seen = new HashSet<>();
        IntStream.range(0, 10_000).forEach(i -> seen.add(codes.next()));
        assertEquals(10_000, seen.size());
        // every position uses the whole alphabet
        for (int position = 0; position < 24; position += 5) {
            int at = position;
            assertEquals(32, IntStream.range(0, 2_000).mapToObj(i -> codes.next().charAt(at)).distinct().count());
        }
    }

    @Test
    void aCodeIsReadWhateverItsCaseSpacesAndLookalikeLetters() {
        String code = codes.next();
        String canonical = code.replace("-", "");
        assertEquals(Optional.of(canonical), ResumeCodes.canonical(code));
        assertEquals(Optional.of(canonical), ResumeCodes.canonical(" " + code.toLowerCase().replace("-", " ") + " "));
        assertEquals(Optional.of("0000111122223333AAAA"), ResumeCodes.canonical("oOoO-iIlL-2222-3333-aaaa"));
    }

    @Test
    void somethingElseIsNotACode() {
        String code = codes.next();
        assertEquals(Optional.empty(), ResumeCodes.canonical(code.substring(1)));
        assertEquals(Optional.empty(), ResumeCodes.canonical(code + "A"));
        assertEquals(Optional.empty(), ResumeCodes.canonical(code.substring(1) + "U"), "U is not in the alphabet");
        assertEquals(Optional.empty(), ResumeCodes.canonical(null));
        assertEquals(Optional.empty(), ResumeCodes.canonical("A".repeat(1000)));
    }

    @Test
    void theLookupTagDependsOnTheKeyAndTheCodeHashOnASalt() {
        String canonical = ResumeCodes.canonical(codes.next()).orElseThrow();
        byte[] key = new byte[32];
        CodeLookup lookup = new CodeLookup(key);
        key[0] = 1;
        CodeLookup otherKey = new CodeLookup(key);
        assertEquals(lookup.tag(canonical), lookup.tag(canonical));
        assertEquals(64, lookup.tag(canonical).length());
        assertNotEquals(lookup.tag(canonical), otherKey.tag(canonical));

        CodeHashes hashes = new CodeHashes(new SecureRandom());
        String first = hashes.hash(canonical);
        String second = hashes.hash(canonical);
        assertTrue(first.matches("\\$sha256\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), first);
        assertNotEquals(first, second, "a new salt each time");
        assertTrue(hashes.matches(canonical, first));
        assertTrue(hashes.matches(canonical, second));
        assertFalse(hashes.matches(canonical.substring(1) + "0", first));
        assertFalse(hashes.matches(canonical, first.replace("$sha256$", "$sha1$")), "only hashes it wrote");
        assertFalse(hashes.matches(canonical, null));
        assertFalse(first.contains(canonical));
    }

    @Test
    void passphrasesHaveASaltedArgon2idHash() {
        char[] passphrase = "olive tree at dawn".toCharArray();
        Argon2id hashes = new Argon2id(new SecureRandom());
        String first = hashes.hash(passphrase);
        String second = hashes.hash(passphrase);
        assertTrue(first.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), first);
        assertNotEquals(first, second, "a new salt each time");
        assertTrue(hashes.matches(passphrase, first));
        assertTrue(hashes.matches(passphrase, second));
        assertFalse(hashes.matches("olive tree at dusk".toCharArray(), first));
        assertFalse(hashes.matches(passphrase, first.replace("m=19456", "m=1")), "only hashes it wrote");
    }
}
