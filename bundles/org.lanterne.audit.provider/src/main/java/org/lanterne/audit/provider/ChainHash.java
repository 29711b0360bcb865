package org.lanterne.audit.provider;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.lanterne.audit.api.AuditEvent;
import org.lanterne.audit.api.Outcome;

/**
 * The hash of an audit event: SHA-256 over a canonical encoding of the previous event's hash and
 * of every field. Each field is written as its UTF-8 byte length (4 bytes, big-endian) followed by
 * its bytes, and an absent field as length -1, so that no two different events encode alike
 * (moving a character from one field to the next changes the encoding).
 */
final class ChainHash {

    /** What the first event chains from. */
    static final String GENESIS = "0".repeat(64);

    // Names the format inside every hash, so that a future format cannot collide with this one.
    private static final String FORMAT = "lanterne.audit/1";

    private ChainHash() {
    }

    static byte[] canonical(String previousHash, long sequence, Instant occurredAt, String actor, String action, String recordType,
            String recordId, String outcome) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        field(out, FORMAT);
        field(out, previousHash);
        field(out, Long.toString(sequence));
        field(out, Long.toString(occurredAt.toEpochMilli()));
        field(out, actor);
        field(out, action);
        field(out, recordType);
        field(out, recordId);
        field(out, outcome);
        return out.toByteArray();
    }

    static String hash(String previousHash, long sequence, Instant occurredAt, String actor, String action, String recordType,
            String recordId, Outcome outcome) {
        return hex(canonical(previousHash, sequence, occurredAt, actor, action, recordType, recordId, outcome.name()));
    }

    /** @return the hash the event should have, computed from its fields and its previous hash */
    static String recompute(AuditEvent event) {
        return hash(event.previousHash(), event.sequence(), event.occurredAt(), event.actor(), event.action(), event.recordType(),
                event.recordId(), event.outcome());
    }

    private static String hex(byte[] canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
