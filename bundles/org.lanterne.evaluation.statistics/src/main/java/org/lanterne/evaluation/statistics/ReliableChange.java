package org.lanterne.evaluation.statistics;

import org.apache.commons.statistics.descriptive.StandardDeviation;

/**
 * The reliable change index of Jacobson and Truax (1991): a person's change counts as reliable when
 * |after - before| / S_diff exceeds 1.96, with S_diff = sqrt(2) · SD_before · sqrt(1 - r_xx), where
 * r_xx is the measure's reliability.
 *
 * @param standardErrorOfDifference S_diff
 * @param improved                  people who changed reliably in the better direction
 * @param deteriorated              people who changed reliably in the worse direction
 * @param unchanged                 the others
 */
public record ReliableChange(double standardErrorOfDifference, int improved, int deteriorated, int unchanged) {

    private static final double CRITICAL = 1.96;

    /**
     * @param before        measures on the first occasion
     * @param after         the same people's measures on the second occasion
     * @param reliability   r_xx of the measure, for example its test-retest reliability; in (0, 1)
     * @param lowerIsBetter whether a fall is an improvement (risk and needs scales)
     * @throws IllegalArgumentException if the arrays differ in length, hold fewer than two people or the reliability is out of range
     */
    public static ReliableChange of(double[] before, double[] after, double reliability, boolean lowerIsBetter) {
        if (before.length != after.length || before.length < 2) {
            throw new IllegalArgumentException("Reliable change needs the same two or more people measured twice.");
        }
        if (!(reliability > 0 && reliability < 1)) {
            throw new IllegalArgumentException("A reliability lies strictly between 0 and 1, not " + reliability + ".");
        }
        double sDiff = Math.sqrt(2) * StandardDeviation.of(before).getAsDouble() * Math.sqrt(1 - reliability);
        int improved = 0;
        int deteriorated = 0;
        for (int i = 0; i < before.length; i++) {
            double index = (after[i] - before[i]) / sDiff;
            if (Math.abs(index) > CRITICAL) {
                if (index < 0 == lowerIsBetter) {
                    improved++;
                } else {
                    deteriorated++;
                }
            }
        }
        return new ReliableChange(sDiff, improved, deteriorated, before.length - improved - deteriorated);
    }

    /** @return the share of people who improved reliably */
    public double improvedShare() {
        return improved / (double) total();
    }

    /** @return the share of people who deteriorated reliably */
    public double deterioratedShare() {
        return deteriorated / (double) total();
    }

    private int total() {
        return improved + deteriorated + unchanged;
    }
}
