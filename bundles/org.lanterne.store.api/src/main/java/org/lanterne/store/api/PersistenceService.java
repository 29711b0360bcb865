package org.lanterne.store.api;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

import jakarta.persistence.EntityManagerFactory;

/**
 * Opens the persistence units that capability bundles declare in their own
 * {@code META-INF/persistence.xml}, against the one database of the installation. Entities stay
 * private to the bundle that owns them.
 * <p>
 * Schemas are versioned: before a unit is opened, the SQL scripts the owner bundle ships as
 * {@code META-INF/migrations/<unit>/V<n>__<description>.sql} that the database has not yet run
 * are run in order of {@code n}, each in its own transaction, and recorded. A script named
 * {@code V<n>__<description>.<engine>.sql} (engine {@code derby} or {@code postgresql}) replaces
 * the plain one on that engine. Scripts already run must never change: a changed script stops
 * the unit from opening.
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
