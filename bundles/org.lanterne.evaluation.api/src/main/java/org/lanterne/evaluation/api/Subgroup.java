package org.lanterne.evaluation.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/** What every table and chart of indicators can be split by. */
public enum Subgroup {
    /** No split: one group of everybody. */
    NONE(p -> "all"),
    SITE(Participant::site),
    AGE_BAND(Participant::ageBand),
    COUNTRY(Participant::country),
    REFERRAL_ROUTE(Participant::referralRoute),
    ARM(Participant::arm);

    /** The group of people for whom the split's variable is not recorded (the site of a self-help participant). */
    public static final String NOT_RECORDED = "not-recorded";

    private final Function<Participant, String> value;

    Subgroup(Function<Participant, String> value) {
        this.value = value;
    }

    /** @return the person's group under this split */
    public String groupOf(Participant participant) {
        String group = value.apply(participant);
        return group == null || group.isBlank() ? NOT_RECORDED : group;
    }

    /** @return the name used in addresses and requests: {@code none}, {@code site}, {@code age-band}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param key a name as {@link #key()} gives it; {@code null} or empty for {@link #NONE}
     * @throws IllegalArgumentException listing the known names
     */
    public static Subgroup of(String key) {
        if (key == null || key.isEmpty()) {
            return NONE;
        }
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "Split by one of " + Arrays.stream(values()).map(Subgroup::key).toList() + ", not '" + key + "'."));
    }
}
