package org.lanterne.evaluation.api;

import org.lanterne.evaluation.statistics.Interval;

/**
 * One risk band of an instrument in one group: the observed rate of the outcome within the horizon next to the expected one.
 *
 * @param group        the group
 * @param band         the band's code
 * @param people       people in the band whose outcome at the horizon is known, as shown
 * @param events       of whom had the outcome, as shown
 * @param observedRate events / people; NaN when withheld
 * @param interval     Wilson's 95 % interval; NaN ends when withheld
 * @param expectedRate the rate configured for the band; NaN when none is
 */
public record CalibrationIndicator(String group, String band, String people, String events, double observedRate, Interval interval,
        double expectedRate) {

    /** @return whether the observed rate is withheld */
    public boolean withheld() {
        return Double.isNaN(observedRate);
    }
}
