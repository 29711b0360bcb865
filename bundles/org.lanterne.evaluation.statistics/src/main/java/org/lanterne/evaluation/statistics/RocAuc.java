package org.lanterne.evaluation.statistics;

import java.util.Arrays;

import org.apache.commons.statistics.descriptive.Variance;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * How well a score tells people who had an outcome (cases) from those who did not (controls): the
 * area under the ROC curve, the chance that a random case scores higher than a random control, ties
 * counting one half. The 95 % interval is DeLong's (1988), as R's {@code pROC::ci.auc} computes it
 * by default, cut to [0, 1].
 *
 * @param auc      the area under the curve
 * @param interval its 95 % confidence interval
 * @param cases    how many cases
 * @param controls how many controls
 */
public record RocAuc(double auc, Interval interval, int cases, int controls) {

    /**
     * @param caseScores    the scores of the cases
     * @param controlScores the scores of the controls
     * @throws IllegalArgumentException if there are fewer than two cases or two controls
     */
    public static RocAuc of(double[] caseScores, double[] controlScores) {
        if (caseScores.length < 2 || controlScores.length < 2) {
            throw new IllegalArgumentException("An AUC with an interval needs at least two cases and two controls, not "
                    + caseScores.length + " and " + controlScores.length + ".");
        }
        double[] sortedCases = caseScores.clone();
        double[] sortedControls = controlScores.clone();
        Arrays.sort(sortedCases);
        Arrays.sort(sortedControls);
        // DeLong's placements: each case's share of controls it beats, each control's share of cases beating it.
        double[] casePlacements = new double[caseScores.length];
        for (int i = 0; i < caseScores.length; i++) {
            casePlacements[i] = (countBelow(sortedControls, caseScores[i]) + countEqual(sortedControls, caseScores[i]) / 2.0)
                    / controlScores.length;
        }
        double[] controlPlacements = new double[controlScores.length];
        for (int j = 0; j < controlScores.length; j++) {
            double above = caseScores.length - countBelow(sortedCases, controlScores[j]) - countEqual(sortedCases, controlScores[j]);
            controlPlacements[j] = (above + countEqual(sortedCases, controlScores[j]) / 2.0) / caseScores.length;
        }
        double auc = Arrays.stream(casePlacements).average().orElseThrow();
        double variance = Variance.of(casePlacements).getAsDouble() / caseScores.length
                + Variance.of(controlPlacements).getAsDouble() / controlScores.length;
        double halfWidth = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975) * Math.sqrt(variance);
        return new RocAuc(auc, new Interval(Math.max(0, auc - halfWidth), Math.min(1, auc + halfWidth)), caseScores.length,
                controlScores.length);
    }

    private static int countBelow(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static int countEqual(double[] sorted, double value) {
        return countBelow(sorted, Math.nextUp(value)) - countBelow(sorted, value);
    }
}
