package org.lanterne.store.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The installation's secret keys (for example the key of keyed pseudonyms), kept outside the
 * database in owner-only files. Keys are 256 random bits, created on first use and never logged.
 */
@ProviderType
public interface KeyService {

    /**
     * @param name lower-case letters, digits and dashes, for example {@code pseudonyms}
     * @return a copy of the key's 32 bytes; the caller should overwrite it after use
     * @throws IllegalArgumentException if the name is not allowed
     * @throws StoreUnavailableException if the key cannot be read or created
     */
    byte[] key(String name);
}
