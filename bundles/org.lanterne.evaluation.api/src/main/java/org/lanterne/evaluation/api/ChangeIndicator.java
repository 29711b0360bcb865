package org.lanterne.evaluation.api;

import org.lanterne.evaluation.statistics.PrePostChange;

/**
 * Change of a measure between intake and the end of treatment in one group.
 *
 * @param group             the group
 * @param people            people measured on both occasions, as shown
 * @param change            mean difference with its interval, d and g; {@code null} when withheld (fewer than 5 people)
 * @param improved          people who improved reliably, as shown
 * @param deteriorated      people who deteriorated reliably, as shown
 * @param improvedShare     improved / people; NaN when either is withheld
 * @param deterioratedShare deteriorated / people; NaN when either is withheld
 */
public record ChangeIndicator(String group, String people, PrePostChange change, String improved, String deteriorated, double improvedShare,
        double deterioratedShare) {

    /** @return whether the statistics are withheld */
    public boolean withheld() {
        return change == null;
    }
}
