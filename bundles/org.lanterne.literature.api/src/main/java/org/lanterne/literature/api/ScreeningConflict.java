package org.lanterne.literature.api;

import java.util.List;

/**
 * A record on which reviewers disagree: their latest decisions are not all the same.
 *
 * @param recordId the record
 * @param latest   each reviewer's latest decision about it, by reviewer name
 */
public record ScreeningConflict(String recordId, List<ScreeningDecision> latest) {

    public ScreeningConflict {
        latest = List.copyOf(latest);
    }
}
