package org.lanterne.instruments.api;

import java.util.List;
import java.util.Map;

/**
 * One set of levels for one total, so that versions and jurisdictions can differ
 * (for example the 2016 STATIC-99R levels and the levels used before).
 *
 * @param id     unique within the definition, for example {@code 2016}
 * @param labels its label by language code
 * @param total  the id of the total it bands
 * @param bands  contiguous, non-overlapping levels covering every possible value of the total
 */
public record BandProfile(String id, Map<String, String> labels, String total, List<Band> bands) {

    public BandProfile {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        bands = bands == null ? List.of() : List.copyOf(bands);
    }
}
