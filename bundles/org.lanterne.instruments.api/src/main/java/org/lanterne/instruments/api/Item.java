package org.lanterne.instruments.api;

import java.util.List;
import java.util.Map;

/**
 * One item, factor or question of an instrument.
 *
 * @param id      unique within the definition; the key of its answer
 * @param type    what kind of answer it takes
 * @param labels  the item's label by language code (a short label, never manual text)
 * @param choices allowed answers of {@link ItemType#ORDINAL} and {@link ItemType#SINGLE_CHOICE} items, else empty
 * @param bounds  allowed answers of {@link ItemType#NUMERIC} items, else {@code null}
 * @param scoring how the item gives points; {@code null} for an item that is not scored (an SPJ factor, a judgement)
 */
public record Item(String id, ItemType type, Map<String, String> labels, List<Choice> choices, NumericBounds bounds, Scoring scoring) {

    public Item {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** @return whether the item counts towards totals */
    public boolean scored() {
        return scoring != null;
    }
}
