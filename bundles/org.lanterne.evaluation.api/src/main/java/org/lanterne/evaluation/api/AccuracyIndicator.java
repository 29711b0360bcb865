package org.lanterne.evaluation.api;

import org.lanterne.evaluation.statistics.RocAuc;

/**
 * How well an instrument's total predicts the outcome within the horizon, in one group.
 *
 * @param group    the group
 * @param cases    people with the outcome within the horizon, as shown
 * @param controls people followed the whole horizon without it, as shown
 * @param auc      the AUC with DeLong's interval; {@code null} when withheld (fewer than 5 cases or controls)
 */
public record AccuracyIndicator(String group, String cases, String controls, RocAuc auc) {

    /** @return whether the statistics are withheld */
    public boolean withheld() {
        return auc == null;
    }
}
