package org.lanterne.evaluation.api;

import java.util.Arrays;
import java.util.Locale;

/** Which records and columns an evaluation dataset holds. */
public enum VariableSet {
    /** One row per assessment of a client: arm, site, age band, referral route, instrument, occasion, day, total, band, follow-up and outcome. */
    ASSESSMENTS,
    /** One row per person: programme, site, arm, age band, country, referral route, sessions planned and attended or modules done, follow-up and outcome. */
    PARTICIPATION;

    /** @return the name used in requests: {@code assessments}, {@code participation} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException listing the known names */
    public static VariableSet of(String key) {
        return Arrays.stream(values()).filter(v -> v.key().equals(key)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "The variable set is one of " + Arrays.stream(values()).map(VariableSet::key).toList() + ", not '" + key + "'."));
    }
}
