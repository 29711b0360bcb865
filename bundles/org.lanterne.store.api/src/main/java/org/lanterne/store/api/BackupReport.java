package org.lanterne.store.api;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A backup that was written.
 *
 * @param folder   where it is
 * @param database the database copy inside it
 * @param finished when it was complete
 * @param bytes    its size on disk
 */
public record BackupReport(Path folder, Path database, Instant finished, long bytes) {
}
