package org.lanterne.store.api;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Online backups of the installation's database: consistent while the installation keeps
 * working, and encrypted like the database itself. The keys are not part of a backup: keep the
 * installation's {@code keys} folder apart from its backups.
 */
@ProviderType
public interface BackupService {

    /**
     * Writes a backup into a folder that does not exist yet.
     *
     * @param target the folder to create
     * @return what was written
     * @throws StoreUnavailableException if the folder exists, cannot be written, or the engine
     *                                   has no online backup here (PostgreSQL: use pg_dump)
     */
    BackupReport backup(Path target);
}
