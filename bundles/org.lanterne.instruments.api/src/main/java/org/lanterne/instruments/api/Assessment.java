package org.lanterne.instruments.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One recorded administration of an instrument to a participant. The result is what the scoring
 * engine computed from {@code answers} with the definition {@code instrumentId}
 * {@code instrumentVersion} when it was recorded, and can be computed again from them.
 *
 * @param id                random identifier of the record
 * @param participantCode   the participant's pseudonymous code, in its written form
 * @param instrumentId      the definition's id
 * @param instrumentVersion the definition's version
 * @param rater             the user name of the clinician who scored it
 * @param assessedOn        the day the participant was assessed
 * @param recordedAt        when the record was stored
 * @param answers           the answers by item id, as given to the scoring engine
 * @param bandProfile       the band profile asked for, or {@code null} for the definition's default
 * @param result            the result computed when it was recorded; always valid
 */
public record Assessment(String id, String participantCode, String instrumentId, String instrumentVersion, String rater,
        LocalDate assessedOn, Instant recordedAt, Map<String, Object> answers, String bandProfile, ScoreResult result) {

    public Assessment {
        // Answers may hold null for an item left unanswered, which Map.copyOf refuses.
        answers = answers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** @return the main total, or {@code null} for instruments without one */
    public Integer total() {
        return result.totals().values().stream().findFirst().orElse(null);
    }

    /** @return the band code, or {@code null} for instruments without bands */
    public String bandCode() {
        return result.band() == null ? null : result.band().code();
    }
}
