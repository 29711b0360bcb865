package org.lanterne.evaluation.api;

import java.util.List;

import org.lanterne.evaluation.statistics.Interval;

/**
 * The Kaplan–Meier estimate of the share free of the outcome in one group, read at each month.
 *
 * @param group  the group
 * @param people people followed, as shown
 * @param events people whose follow-up ended with the outcome, as shown
 * @param points the estimate at month 0, 1, 2, ... up to the horizon or the longest follow-up; empty when withheld
 */
public record SurvivalCurve(String group, String people, String events, List<Point> points) {

    /**
     * @param month    months since enrolment
     * @param survival the estimated share free of the outcome
     * @param interval its 95 % interval (log scale, Greenwood)
     */
    public record Point(int month, double survival, Interval interval) {
    }

    public SurvivalCurve {
        points = List.copyOf(points);
    }

    /** @return whether the curve is withheld */
    public boolean withheld() {
        return points.isEmpty();
    }
}
