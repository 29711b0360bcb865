package org.lanterne.core.api;

import java.time.Instant;

/**
 * The identity of one Lanterne installation, created with its database. Later records (audit
 * events, exports, backups) refer to it so that data from different sites is never mixed up.
 *
 * @param id          a random identifier, stable for the life of the database
 * @param createdAt   when the database was created
 * @param createdWith the Lanterne version that created it
 */
public record Installation(String id, Instant createdAt, String createdWith) {
}
