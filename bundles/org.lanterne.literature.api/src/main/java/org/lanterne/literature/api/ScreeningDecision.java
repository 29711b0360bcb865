package org.lanterne.literature.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One reviewer's decision about one record. A reviewer may change their mind: each change is a
 * new decision, the earlier ones are kept as history, and the latest one counts.
 *
 * @param recordId  the record screened
 * @param reviewer  the user name of the reviewer
 * @param decision  include, exclude or maybe
 * @param reason    why the record is excluded (one of {@link #EXCLUSION_REASONS} or the reviewer's
 *                  own words); empty unless excluded
 * @param decidedAt when the decision was made
 */
public record ScreeningDecision(String recordId, String reviewer, Decision decision, Optional<String> reason,
        Instant decidedAt) {

    /** The usual reasons for excluding a record, after PRISMA; a reviewer may also give their own. */
    public static final List<String> EXCLUSION_REASONS = List.of("wrong population", "wrong intervention",
            "wrong comparator", "wrong outcome", "wrong study design", "wrong publication type", "wrong language",
            "out of period", "duplicate");
}
