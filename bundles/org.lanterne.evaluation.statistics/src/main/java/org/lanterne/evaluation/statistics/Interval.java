package org.lanterne.evaluation.statistics;

/**
 * A confidence interval.
 *
 * @param lower its lower end
 * @param upper its upper end
 */
public record Interval(double lower, double upper) {

    /** @return whether the value lies inside, ends included */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }
}
