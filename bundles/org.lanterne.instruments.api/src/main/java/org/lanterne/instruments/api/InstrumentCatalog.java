package org.lanterne.instruments.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The instrument definitions this installation offers for new assessments: those shipped with
 * Lanterne and those dropped into the instruments folder, which appear and are withdrawn while it runs.
 */
@ProviderType
public interface InstrumentCatalog {

    /** @return every available definition, every version, sorted by id then version */
    List<InstrumentDefinition> list();

    /** @return the highest version of this instrument */
    Optional<InstrumentDefinition> get(String id);

    /** @return this version of this instrument */
    Optional<InstrumentDefinition> get(String id, String version);

    /** @return the definitions that could not be loaded, with why; the others keep working */
    List<DefinitionProblem> problems();

    /** Starts telling the listener about changes. */
    void addListener(CatalogListener listener);

    /** Stops telling the listener about changes. */
    void removeListener(CatalogListener listener);
}
