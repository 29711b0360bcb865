package org.lanterne.store.api;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

import jakarta.persistence.EntityManagerFactory;

/**
 * Opens the persistence units that capability bundles declare in their own
 * {@code META-INF/persistence.xml}, against the one database of the installation. Entities stay
 * private to the bundle that owns them.
 */
@ProviderType
public interface PersistenceService {

    /**
     * Opens a persistence unit. The caller owns the factory and closes it when it deactivates.
     *
     * @param owner    the bundle whose class loader holds the unit and its entity classes
     * @param unitName the unit's name in the owner's {@code persistence.xml}
     * @return a factory bound to the installation's database
     * @throws StoreUnavailableException if the database cannot be opened
     */
    EntityManagerFactory open(Bundle owner, String unitName);

    /** @return what the database is, for display; never contains secrets */
    StoreDescription description();
}
