package org.lanterne.instruments.api;

import java.util.Map;

/**
 * An allowed answer of an ordinal or single-choice item.
 *
 * @param value  the value stored as the answer
 * @param labels what the rater reads, by language code ({@code fr}, {@code en}, {@code ar})
 */
public record Choice(String value, Map<String, String> labels) {

    public Choice {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
