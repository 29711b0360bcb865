package org.lanterne.audit.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The installation's audit trail. Events can be added and read, never changed or removed. Each
 * event holds the hash of the one before, so that {@link #verify()} finds any event that was
 * edited, deleted, inserted or moved afterwards, and the last events being cut off.
 * <p>
 * Callers record an event for every read and write of person-level data, including refused and
 * failed ones. When an event cannot be recorded the action it describes must not go ahead.
 */
@ProviderType
public interface AuditTrail {

    /**
     * Appends an event, in its own transaction: it is either stored whole or not at all.
     *
     * @param actor      a user name or a fixed label ({@code participant}, {@code system}), at most
     *                   64 characters; never a participant code
     * @param action     what was done, at most 64 characters
     * @param recordType the kind of record, at most 64 characters, or {@code null}
     * @param recordId   the record's pseudonymous id, at most 128 characters, or {@code null}
     * @param outcome    how it ended
     * @return the stored event, with its sequence number and hashes
     * @throws IllegalArgumentException if a field is missing, too long or holds control characters
     * @throws IllegalStateException    if the event could not be stored
     */
    AuditEvent record(String actor, String action, String recordType, String recordId, Outcome outcome);

    /**
     * @param fromSequence the first sequence number wanted (1 for the beginning)
     * @param max          the most events to return, from 1 to 10,000
     * @return the events from {@code fromSequence} on, in order of sequence
     */
    List<AuditEvent> read(long fromSequence, int max);

    /**
     * Walks the whole trail in order, in batches (memory use does not grow with the trail), and
     * stops at the first broken link.
     *
     * @return what was found
     */
    ChainVerification verify();
}
