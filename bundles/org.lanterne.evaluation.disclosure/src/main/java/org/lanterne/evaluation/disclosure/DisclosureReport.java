package org.lanterne.evaluation.disclosure;

import java.util.Map;

/**
 * What de-identification did to a dataset, for the export's disclosure report.
 *
 * @param k                  every combination of quasi-identifiers left is shared by at least k records
 * @param maxSuppressedShare the largest share of records that could be left out
 * @param levels             the generalisation level chosen for each quasi-identifier, by name (0 = unchanged)
 * @param topLevels          each quasi-identifier's top level (its values hidden)
 * @param recordsIn          records before
 * @param recordsSuppressed  records left out because their combination stayed rarer than k
 * @param classes            distinct combinations of quasi-identifiers left
 * @param smallestClass      people sharing the rarest combination left
 */
public record DisclosureReport(int k, double maxSuppressedShare, Map<String, Integer> levels, Map<String, Integer> topLevels,
        int recordsIn, int recordsSuppressed, int classes, int smallestClass) {

    public DisclosureReport {
        levels = Map.copyOf(levels);
        topLevels = Map.copyOf(topLevels);
    }
}
