package org.lanterne.instruments.provider;

import java.util.List;

import org.lanterne.instruments.api.DefinitionException;
import org.lanterne.instruments.api.DefinitionProblem;
import org.lanterne.instruments.api.InstrumentDefinition;

/**
 * Reads and checks a definition file in one step. Public for tools that run outside the framework,
 * such as the synthetic dataset generator; bundles get definitions from the catalog service.
 */
public final class Definitions {

    private Definitions() {
    }

    /**
     * @param source names the definition in problems
     * @param json   the file's bytes
     * @return the definition, consistent
     * @throws DefinitionException naming the file, the line or JSON path and each rule broken
     */
    public static InstrumentDefinition load(String source, byte[] json) {
        InstrumentDefinition definition = DefinitionReader.read(source, json);
        List<DefinitionProblem> problems = DefinitionValidator.problems(source, definition);
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems);
        }
        return definition;
    }
}
