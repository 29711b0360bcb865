package org.lanterne.notes.api;

import java.time.Instant;

/**
 * A session of a case.
 *
 * @param id         the session's identifier
 * @param caseId     the case it belongs to
 * @param details    what was recorded of it
 * @param recordedBy the account that recorded it
 * @param recordedAt when it was last recorded
 */
public record SessionRecord(String id, String caseId, SessionDetails details, String recordedBy, Instant recordedAt) {
}
