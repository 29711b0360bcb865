package org.lanterne.instruments.api;

import java.util.List;
import java.util.Map;

/**
 * The outcome of scoring one set of answers. When {@link #errors()} is not empty there are no
 * totals, ratios, band or judgement.
 *
 * @param instrumentId      the definition's id
 * @param instrumentVersion the definition's version
 * @param totals            each total and subscale by id, in definition order
 * @param ratios            total / maximum for the totals reported as ratios, by id
 * @param bandProfile       the band profile applied, or {@code null}
 * @param band              the main total's level in that profile, or {@code null}
 * @param judgement         the rater's final judgement (SPJ), a choice value, or {@code null}
 * @param missingItems      the ids of scored items (and the judgement) left unanswered
 * @param missingHandling   how missingness was handled, in English, for example
 *                          {@code "prorated: 9 of 10 items answered"}; empty when nothing was missing
 * @param errors            why the answers could not be scored; empty when they were
 */
public record ScoreResult(String instrumentId, String instrumentVersion, Map<String, Integer> totals,
        Map<String, Double> ratios, String bandProfile, Band band, String judgement, List<String> missingItems,
        String missingHandling, List<ValidationError> errors) {

    public ScoreResult {
        totals = totals == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(totals));
        ratios = ratios == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ratios));
        missingItems = missingItems == null ? List.of() : List.copyOf(missingItems);
        missingHandling = missingHandling == null ? "" : missingHandling;
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** @return whether the answers were scored */
    public boolean valid() {
        return errors.isEmpty();
    }

    /** @return whether every scored item was answered (a total from an incomplete form says so) */
    public boolean complete() {
        return missingItems.isEmpty();
    }
}
