package org.lanterne.instruments.ui.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.lanterne.instruments.api.DefinitionException;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.InstrumentKind;
import org.lanterne.instruments.api.MissingMode;
import org.lanterne.instruments.api.MissingPolicy;
import org.lanterne.instruments.api.ScoreResult;
import org.lanterne.instruments.api.ScoringEngine;
import org.lanterne.instruments.api.ValidationError.Code;

/**
 * The score shown while a form is filled in. {@code result} is what saving would store. While
 * the only problems are unanswered items, {@code soFar} scores the same answers with the
 * unanswered items counted as zero, so that the rater sees the total build up even with an
 * instrument that refuses missing items; it never gives a band.
 *
 * @param result the scoring engine's result for the answers
 * @param soFar  the provisional result, or {@code null} when {@code result} is valid or has other errors
 */
record LiveScore(ScoreResult result, ScoreResult soFar) {

    private static final Set<Code> MISSINGNESS = EnumSet.of(Code.MISSING_ITEM, Code.TOO_MANY_MISSING);

    /** Scores the answers with the definition's default band profile. */
    static LiveScore of(ScoringEngine engine, InstrumentDefinition definition, Map<String, Object> answers) {
        ScoreResult result = engine.score(definition, answers, null);
        if (result.valid() || definition.kind() == InstrumentKind.SPJ
                || !result.errors().stream().allMatch(error -> MISSINGNESS.contains(error.code()))) {
            return new LiveScore(result, null);
        }
        try {
            return new LiveScore(result, engine.score(countingMissingAsZero(definition), answers, null));
        } catch (DefinitionException e) {
            return new LiveScore(result, null);
        }
    }

    /** @return whether the answers can be saved */
    boolean recordable() {
        return result.valid();
    }

    /** @return the main total, provisional or not; {@code null} when there is none */
    Integer total() {
        ScoreResult shown = result.valid() ? result : soFar;
        return shown == null ? null : shown.totals().values().stream().findFirst().orElse(null);
    }

    /** @return whether {@link #total()} counts unanswered items as zero */
    boolean provisional() {
        return !result.valid() && soFar != null;
    }

    private static InstrumentDefinition countingMissingAsZero(InstrumentDefinition d) {
        return new InstrumentDefinition(d.id(), d.version(), d.languages(), d.titles(), d.citation(), d.licenceNote(),
                d.licensed(), d.population(), d.kind(), d.items(), new MissingPolicy(MissingMode.COUNT_AS_ZERO, -1),
                d.totals(), d.bandProfiles(), d.defaultBandProfile(), d.judgementItem());
    }
}
