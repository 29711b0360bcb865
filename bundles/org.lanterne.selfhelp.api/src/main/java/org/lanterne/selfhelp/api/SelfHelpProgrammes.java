package org.lanterne.selfhelp.api;

import java.util.List;
import java.util.Optional;

import org.lanterne.instruments.api.DefinitionProblem;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The self-help programmes this installation offers: those shipped with Lanterne and those dropped
 * into the programmes folder, which appear and are withdrawn while it runs.
 */
@ProviderType
public interface SelfHelpProgrammes {

    /** @return every available programme, sorted by id */
    List<Programme> list();

    /** @return the programme with this id */
    Optional<Programme> get(String id);

    /** @return the definitions that could not be loaded, naming file, JSON path and rule; the others keep working */
    List<DefinitionProblem> problems();

    /** Starts telling the listener about changes. */
    void addListener(ProgrammeListener listener);

    /** Stops telling the listener about changes. */
    void removeListener(ProgrammeListener listener);
}
