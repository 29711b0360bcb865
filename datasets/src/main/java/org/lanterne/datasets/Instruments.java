package org.lanterne.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.ScoreResult;
import org.lanterne.instruments.api.ScoringEngine;
import org.lanterne.instruments.provider.Definitions;
import org.lanterne.instruments.provider.PureScoringEngine;

/**
 * The built-in definitions the cohorts are assessed with, and the real scoring engine: generated
 * totals and bands are exactly what Lanterne computes from the generated answers.
 */
final class Instruments {

    static final String STATIC_99R = "static-99r";
    static final String DYNAMIC_NEEDS = "dynamic-needs-example";

    final InstrumentDefinition static99r;
    final InstrumentDefinition dynamicNeeds;
    private final ScoringEngine engine = new PureScoringEngine();

    Instruments() {
        static99r = builtIn(STATIC_99R);
        dynamicNeeds = builtIn(DYNAMIC_NEEDS);
    }

    /**
     * @return the result of valid answers
     * @throws IllegalStateException if the engine refuses them: the generator made answers the definition does not allow
     */
    ScoreResult score(InstrumentDefinition definition, Map<String, Object> answers) {
        ScoreResult result = engine.score(definition, answers, null);
        if (!result.valid()) {
            throw new IllegalStateException("Generated answers to " + definition.id() + " are invalid: " + result.errors());
        }
        return result;
    }

    /** @return the main total of valid answers */
    int total(InstrumentDefinition definition, Map<String, Object> answers) {
        return score(definition, answers).totals().values().iterator().next();
    }

    private static InstrumentDefinition builtIn(String id) {
        String resource = "definitions/" + id + ".json";
        try (InputStream in = PureScoringEngine.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The instruments bundle has no " + resource + ".");
            }
            return Definitions.load(resource, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
