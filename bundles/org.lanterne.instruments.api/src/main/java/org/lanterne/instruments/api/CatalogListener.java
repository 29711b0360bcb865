package org.lanterne.instruments.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Told when definitions appear, change or are withdrawn, or when the problem list changes. */
@ConsumerType
@FunctionalInterface
public interface CatalogListener {

    /** Called on a background thread; look the catalog up again to see what changed. */
    void catalogChanged(InstrumentCatalog catalog);
}
