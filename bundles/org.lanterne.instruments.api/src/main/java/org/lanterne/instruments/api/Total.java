package org.lanterne.instruments.api;

import java.util.List;
import java.util.Map;

/**
 * A sum of item points: the total or a subscale.
 *
 * @param id     unique within the definition
 * @param labels its label by language code
 * @param items  the ids of the scored items it adds up; empty means every scored item
 * @param ratio  whether it is also reported as a ratio of its maximum (checklists without cut-offs)
 */
public record Total(String id, Map<String, String> labels, List<String> items, boolean ratio) {

    public Total {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        items = items == null ? List.of() : List.copyOf(items);
    }
}
