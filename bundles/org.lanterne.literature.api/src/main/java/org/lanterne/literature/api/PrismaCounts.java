package org.lanterne.literature.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The screening of a set of records (the library, or the records of one tag) counted as in a
 * PRISMA flow diagram. A record's outcome is its reviewers' common latest decision; every record
 * counts in exactly one of included, excluded, maybe, in conflict and undecided.
 *
 * @param identified        records in the set
 * @param duplicatesRemoved duplicates not imported into the set, when they are known; the library
 *                          refuses duplicates on import without keeping them, so it is empty
 * @param screened          records with at least one decision
 * @param included          records every reviewer of which includes
 * @param excluded          records every reviewer of which excludes
 * @param excludedByReason  the excluded records by reason (the latest reviewer's), the most frequent first
 * @param maybe             records every reviewer of which says maybe
 * @param inConflict        records whose reviewers' latest decisions differ
 * @param undecided         records nobody has screened yet
 */
public record PrismaCounts(long identified, OptionalLong duplicatesRemoved, long screened, long included, long excluded,
        Map<String, Long> excludedByReason, long maybe, long inConflict, long undecided) {

    public PrismaCounts {
        // a copy that keeps the order given
        excludedByReason = Collections.unmodifiableMap(new LinkedHashMap<>(excludedByReason));
    }
}
