package org.lanterne.instruments.api;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/** Scores answers: a pure function of the definition and the answers, with no side effect. */
@ProviderType
public interface ScoringEngine {

    /**
     * @param definition  the instrument definition
     * @param answers     answers by item id: {@code Boolean} or {@code "yes"}/{@code "no"} for yes/no items,
     *                    a choice value (or an integer for ordinal items), a {@code Number} for numeric
     *                    items; a {@code null} value counts as unanswered
     * @param bandProfile the band profile to apply; {@code null} for the definition's default
     * @return the totals, band and missing items, or the validation errors of the answers
     * @throws DefinitionException  if the definition itself is inconsistent
     * @throws NullPointerException if the definition or the answers are {@code null}
     */
    ScoreResult score(InstrumentDefinition definition, Map<String, Object> answers, String bandProfile);

    /**
     * Checks a definition built in code the way definitions read from files are checked.
     *
     * @param definition the definition
     * @param source     names it in the problems
     * @throws DefinitionException if it breaks a rule
     */
    void check(InstrumentDefinition definition, String source);
}
