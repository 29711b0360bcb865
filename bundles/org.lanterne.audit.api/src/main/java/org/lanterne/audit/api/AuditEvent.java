package org.lanterne.audit.api;

import java.time.Instant;

/**
 * One event of the audit trail, as stored. Events never hold names, notes or participant codes:
 * the actor is a user name or a fixed label, and records are named by pseudonymous ids.
 *
 * @param sequence     the event's position in the trail, from 1, without gaps
 * @param occurredAt   when it was recorded, to the millisecond
 * @param actor        the user name of the person who acted, or a fixed label such as
 *                     {@code participant} or {@code system}; never a participant code
 * @param action       what was done, for example {@code read} or {@code update}
 * @param recordType   the kind of record acted on, for example {@code assessment}; may be
 *                     {@code null} when the action concerns no record
 * @param recordId     the pseudonymous id of the record; may be {@code null}
 * @param outcome      how the action ended
 * @param previousHash the {@link #hash()} of the event before, or the fixed genesis value for
 *                     the first event: 64 lower-case hexadecimal digits
 * @param hash         SHA-256 over the previous hash and every other field: 64 lower-case
 *                     hexadecimal digits
 */
public record AuditEvent(long sequence, Instant occurredAt, String actor, String action, String recordType, String recordId,
        Outcome outcome, String previousHash, String hash) {
}
