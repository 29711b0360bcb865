package org.lanterne.evaluation.statistics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * The log-rank test that time to an event is the same in every group, as R's
 * {@code survival::survdiff} computes it: observed and expected events per group, and a chi-square
 * statistic with (groups - 1) degrees of freedom from the hypergeometric variance.
 *
 * @param observed   events per group, by group name in alphabetical order
 * @param expected   events expected per group if the groups did not differ
 * @param chiSquare  the test statistic
 * @param degreesOfFreedom groups - 1
 * @param pValue     the chance of a statistic at least this large if the groups did not differ
 */
public record LogRank(Map<String, Integer> observed, Map<String, Double> expected, double chiSquare, int degreesOfFreedom, double pValue) {

    /**
     * @param times  each person's follow-up time
     * @param events whether each person's follow-up ended with the event
     * @param groups each person's group
     * @throws IllegalArgumentException if the arrays differ in length, there are fewer than two groups, or no event
     */
    public static LogRank test(double[] times, boolean[] events, String[] groups) {
        if (groups.length != times.length) {
            throw new IllegalArgumentException("Every person needs a group: " + times.length + " times, " + groups.length + " groups.");
        }
        Integer[] order = KaplanMeier.sortedByTime(times, events);
        String[] names = new TreeSet<>(Arrays.asList(groups)).toArray(String[]::new);
        int k = names.length;
        if (k < 2) {
            throw new IllegalArgumentException("The log-rank test compares two or more groups, not " + k + ".");
        }
        int[] group = Arrays.stream(groups).mapToInt(g -> Arrays.binarySearch(names, g)).toArray();
        int[] atRisk = new int[k];
        Arrays.stream(group).forEach(g -> atRisk[g]++);
        int[] observed = new int[k];
        double[] expected = new double[k];
        double[][] variance = new double[k][k];
        int i = 0;
        while (i < order.length) {
            double time = times[order[i]];
            int[] eventsNow = new int[k];
            int[] leavingNow = new int[k];
            for (; i < order.length && times[order[i]] == time; i++) {
                int g = group[order[i]];
                leavingNow[g]++;
                if (events[order[i]]) {
                    eventsNow[g]++;
                }
            }
            int d = Arrays.stream(eventsNow).sum();
            int n = Arrays.stream(atRisk).sum();
            if (d > 0) {
                for (int g = 0; g < k; g++) {
                    observed[g] += eventsNow[g];
                    expected[g] += d * atRisk[g] / (double) n;
                    if (n > 1) {
                        for (int h = 0; h < k; h++) {
                            double share = atRisk[h] / (double) n;
                            variance[g][h] += d * (n - d) / (double) (n - 1) * (atRisk[g] / (double) n) * ((g == h ? 1 : 0) - share);
                        }
                    }
                }
            }
            for (int g = 0; g < k; g++) {
                atRisk[g] -= leavingNow[g];
            }
        }
        if (Arrays.stream(observed).sum() == 0) {
            throw new IllegalArgumentException("The log-rank test needs at least one event.");
        }
        // The k groups' differences sum to zero: the first k - 1 carry all the information.
        RealVector difference = new ArrayRealVector(k - 1);
        RealMatrix reduced = new Array2DRowRealMatrix(k - 1, k - 1);
        for (int g = 0; g < k - 1; g++) {
            difference.setEntry(g, observed[g] - expected[g]);
            for (int h = 0; h < k - 1; h++) {
                reduced.setEntry(g, h, variance[g][h]);
            }
        }
        double chiSquare = difference.dotProduct(new LUDecomposition(reduced).getSolver().solve(difference));
        Map<String, Integer> observedByName = new LinkedHashMap<>();
        Map<String, Double> expectedByName = new LinkedHashMap<>();
        for (int g = 0; g < k; g++) {
            observedByName.put(names[g], observed[g]);
            expectedByName.put(names[g], expected[g]);
        }
        return new LogRank(observedByName, expectedByName, chiSquare, k - 1, ChiSquaredDistribution.of(k - 1).survivalProbability(chiSquare));
    }
}
