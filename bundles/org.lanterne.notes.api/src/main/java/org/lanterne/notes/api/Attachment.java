package org.lanterne.notes.api;

import java.time.Instant;
import java.util.Optional;

/**
 * A letter or report attached to a session, stored sealed like note text.
 *
 * @param id             the attachment's identifier
 * @param sessionId      the session
 * @param fileName       the name it was attached under
 * @param contentType    its media type, as detected
 * @param size           its size in bytes
 * @param addedBy        who attached it
 * @param addedAt        when
 * @param notSearchable  why its text could not be extracted for search (for example "encrypted: the file is
 *                       protected by a password"); empty when it is searchable
 */
public record Attachment(String id, String sessionId, String fileName, String contentType, long size, String addedBy, Instant addedAt,
        Optional<String> notSearchable) {

    /** @return the attachment without its name, so that it can be logged */
    @Override
    public String toString() {
        return "Attachment[id=" + id + ", session=" + sessionId + ", contentType=" + contentType + ", size=" + size + "]";
    }
}
