package org.lanterne.core.api;

import org.osgi.annotation.versioning.ProviderType;

/** Gives the installation record, creating it the first time the database is used. */
@ProviderType
public interface InstallationService {

    /** @return this installation's record */
    Installation installation();
}
