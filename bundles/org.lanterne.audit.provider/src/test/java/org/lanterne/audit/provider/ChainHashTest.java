package org.lanterne.audit.provider;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lanterne.audit.api.Outcome;

class ChainHashTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:00:00.123Z");

    @Test
    void theEncodingIsEachFieldAsItsUtf8LengthThenItsBytesWithMinusOneForAbsentFields() {
        byte[] encoded = ChainHash.canonical(ChainHash.GENESIS, 7, AT, "amina", "read", null, "é", "SUCCESS");

        ByteBuffer expected = ByteBuffer.allocate(encoded.length);
        for (String field : new String[] { "lanterne.audit/1", ChainHash.GENESIS, "7", Long.toString(AT.toEpochMilli()), "amina", "read" }) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            expected.putInt(bytes.length).put(bytes);
        }
        expected.putInt(-1);
        expected.putInt(2).put("é".getBytes(StandardCharsets.UTF_8));
        expected.putInt(7).put("SUCCESS".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(expected.array(), encoded);
    }

    @Test
    void theHashIsTheSha256OfTheEncodingInLowerCaseHex() throws Exception {
        byte[] encoded = ChainHash.canonical(ChainHash.GENESIS, 1, AT, "system", "start", null, null, "SUCCESS");

        String hash = ChainHash.hash(ChainHash.GENESIS, 1, AT, "system", "start", null, null, Outcome.SUCCESS);

        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded)), hash);
        assertTrue(hash.matches("[0-9a-f]{64}"));
    }

    @Test
    void movingCharactersBetweenFieldsOrReplacingAnAbsentFieldByAnEmptyOneChangesTheEncoding() {
        Set<String> encodings = new HashSet<>();
        encodings.add(encode("ab", "c", null));
        encodings.add(encode("a", "bc", null));
        encodings.add(encode("abc", "", null));
        encodings.add(encode("ab", "c", ""));
        assertEquals(4, encodings.size());
    }

    @Test
    void everyFieldAndThePreviousHashTakePartInTheHash() {
        String base = ChainHash.hash(ChainHash.GENESIS, 1, AT, "a", "read", "t", "r", Outcome.SUCCESS);

        assertNotEquals(base, ChainHash.hash("1".repeat(64), 1, AT, "a", "read", "t", "r", Outcome.SUCCESS));
        assertNotEquals(base, ChainHash.hash(ChainHash.GENESIS, 2, AT, "a", "read", "t", "r", Outcome.SUCCESS));
        assertNotEquals(base, ChainHash.hash(ChainHash.GENESIS, 1, AT.plusMillis(1), "a", "read", "t", "r", Outcome.SUCCESS));
        assertNotEquals(base, ChainHash.hash(ChainHash.GENESIS, 1, AT, "b", "read", "t", "r", Outcome.SUCCESS));
        assertNotEquals(base, ChainHash.hash(ChainHash.GENESIS, 1, AT, "a", "update", "t", "r", Outcome.SUCCESS));
        assertNotEquals(base, ChainHash.hash(ChainHash.GENESIS, 1, AT, "a", "read", "u", "r", Outcome.SUCCESS));
        assertNotEquals(base, ChainHash.hash(ChainHash.GENESIS, 1, AT, "a", "read", "t", "s", Outcome.SUCCESS));
        assertNotEquals(base, ChainHash.hash(ChainHash.GENESIS, 1, AT, "a", "read", "t", "r", Outcome.DENIED));
        assertEquals(base, ChainHash.hash(ChainHash.GENESIS, 1, AT, "a", "read", "t", "r", Outcome.SUCCESS));
    }

    @Test
    void theGenesisValueIsFixed() {
        assertEquals("0".repeat(64), ChainHash.GENESIS);
        assertFalse(Arrays.equals(ChainHash.canonical(ChainHash.GENESIS, 1, AT, "a", "b", null, null, "SUCCESS"),
                ChainHash.canonical(null, 1, AT, "a", "b", null, null, "SUCCESS")));
    }

    private static String encode(String actor, String action, String recordType) {
        return HexFormat.of().formatHex(ChainHash.canonical(ChainHash.GENESIS, 1, AT, actor, action, recordType, null, "SUCCESS"));
    }
}
