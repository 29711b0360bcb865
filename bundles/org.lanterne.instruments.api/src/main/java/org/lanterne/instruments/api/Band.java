package org.lanterne.instruments.api;

import java.util.Map;

/**
 * A labelled level for the totals in {@code [min, max]}.
 *
 * @param code   a short stable code, for example {@code IVa}
 * @param min    the lowest total, inclusive; {@code null} for no lower end
 * @param max    the highest total, inclusive; {@code null} for no upper end
 * @param labels its label by language code
 */
public record Band(String code, Integer min, Integer max, Map<String, String> labels) {

    public Band {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /** @return whether the total falls in this band */
    public boolean contains(int total) {
        return (min == null || total >= min) && (max == null || total <= max);
    }
}
