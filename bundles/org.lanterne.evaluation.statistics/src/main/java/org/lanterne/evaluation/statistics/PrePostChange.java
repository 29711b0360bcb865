package org.lanterne.evaluation.statistics;

import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.StandardDeviation;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Change of one measure between two occasions for the same people (paired).
 *
 * @param n              people measured on both occasions
 * @param meanBefore     mean on the first occasion
 * @param meanAfter      mean on the second occasion
 * @param sdBefore       standard deviation on the first occasion (n - 1 denominator)
 * @param sdAfter        standard deviation on the second occasion
 * @param meanDifference mean of after - before
 * @param interval       95 % confidence interval of the mean difference (paired t)
 * @param cohensD        mean difference / pooled SD, with pooled SD = sqrt((sdBefore² + sdAfter²) / 2)
 * @param hedgesG        Cohen's d times the small-sample correction J = 1 - 3 / (4 (n + n) - 9)
 */
public record PrePostChange(int n, double meanBefore, double meanAfter, double sdBefore, double sdAfter, double meanDifference,
        Interval interval, double cohensD, double hedgesG) {

    /**
     * @param before the measures on the first occasion
     * @param after  the same people's measures on the second occasion, in the same order
     * @throws IllegalArgumentException if the arrays differ in length or hold fewer than two people
     */
    public static PrePostChange of(double[] before, double[] after) {
        if (before.length != after.length) {
            throw new IllegalArgumentException("Before and after must hold the same people: " + before.length + " and " + after.length + " values.");
        }
        int n = before.length;
        if (n < 2) {
            throw new IllegalArgumentException("Change needs at least two people measured twice, not " + n + ".");
        }
        double[] differences = new double[n];
        for (int i = 0; i < n; i++) {
            differences[i] = after[i] - before[i];
        }
        double meanDifference = Mean.of(differences).getAsDouble();
        double halfWidth = TDistribution.of(n - 1.0).inverseCumulativeProbability(0.975)
                * StandardDeviation.of(differences).getAsDouble() / Math.sqrt(n);
        double sdBefore = StandardDeviation.of(before).getAsDouble();
        double sdAfter = StandardDeviation.of(after).getAsDouble();
        double cohensD = meanDifference / Math.sqrt((sdBefore * sdBefore + sdAfter * sdAfter) / 2);
        double correction = 1 - 3 / (4.0 * (n + n) - 9);
        return new PrePostChange(n, Mean.of(before).getAsDouble(), Mean.of(after).getAsDouble(), sdBefore, sdAfter, meanDifference,
                new Interval(meanDifference - halfWidth, meanDifference + halfWidth), cohensD, cohensD * correction);
    }
}
