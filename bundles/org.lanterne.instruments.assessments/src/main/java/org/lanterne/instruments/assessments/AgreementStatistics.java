package org.lanterne.instruments.assessments;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Inter-rater agreement statistics, written here because no library offers them as an OSGi
 * bundle: Apache Commons Math 3 and Commons Statistics have neither Cohen's kappa nor the
 * intraclass correlation. Each is checked against published worked examples in the tests.
 */
final class AgreementStatistics {

    private AgreementStatistics() {
    }

    /**
     * @param a the first rater's categories, one per case
     * @param b the second rater's categories for the same cases, in the same order
     * @return the share of cases given the same category, or {@code null} without cases
     */
    static Double observedAgreement(List<String> a, List<String> b) {
        requireSameLength(a.size(), b.size());
        if (a.isEmpty()) {
            return null;
        }
        int same = 0;
        for (int i = 0; i < a.size(); i++) {
            same += Objects.equals(a.get(i), b.get(i)) ? 1 : 0;
        }
        return (double) same / a.size();
    }

    /**
     * Cohen's kappa (1960): {@code (po - pe) / (1 - pe)}, where {@code po} is the observed share of
     * agreement and {@code pe} the agreement expected by chance from each rater's own category shares,
     * {@code pe = sum over categories of pA(k) * pB(k)}.
     *
     * @param a the first rater's categories, one per case
     * @param b the second rater's categories for the same cases, in the same order
     * @return kappa, or {@code null} when undefined: fewer than two cases, or {@code pe = 1} (both
     *         raters always chose one same category)
     */
    static Double cohensKappa(List<String> a, List<String> b) {
        requireSameLength(a.size(), b.size());
        int n = a.size();
        if (n < 2) {
            return null;
        }
        Map<String, Integer> countsA = counts(a);
        Map<String, Integer> countsB = counts(b);
        double expected = 0;
        for (Map.Entry<String, Integer> category : countsA.entrySet()) {
            expected += (double) category.getValue() / n * countsB.getOrDefault(category.getKey(), 0) / n;
        }
        if (expected >= 1.0) {
            return null;
        }
        return (observedAgreement(a, b) - expected) / (1 - expected);
    }

    /**
     * ICC(2,1) of Shrout and Fleiss (1979): two-way random effects, absolute agreement, single rater,
     * from the mean squares of a two-way analysis of variance of {@code n} cases by {@code k} raters:
     * <pre>
     * ICC(2,1) = (MSR - MSE) / (MSR + (k - 1) MSE + k (MSC - MSE) / n)
     * </pre>
     * with MSR the mean square between cases, MSC between raters and MSE the residual mean square.
     *
     * @param ratings one row per case, one column per rater; every row as long as the first
     * @return the coefficient, or {@code null} when undefined: fewer than two cases or raters, or no
     *         variance at all (every rating the same)
     */
    static Double icc21(double[][] ratings) {
        int n = ratings.length;
        int k = n == 0 ? 0 : ratings[0].length;
        if (n < 2 || k < 2) {
            return null;
        }
        double grand = 0;
        double[] caseMeans = new double[n];
        double[] raterMeans = new double[k];
        for (int i = 0; i < n; i++) {
            requireSameLength(k, ratings[i].length);
            for (int j = 0; j < k; j++) {
                caseMeans[i] += ratings[i][j] / k;
                raterMeans[j] += ratings[i][j] / n;
                grand += ratings[i][j] / (n * k);
            }
        }
        double betweenCases = 0;
        for (double mean : caseMeans) {
            betweenCases += k * (mean - grand) * (mean - grand);
        }
        double betweenRaters = 0;
        for (double mean : raterMeans) {
            betweenRaters += n * (mean - grand) * (mean - grand);
        }
        double residual = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double e = ratings[i][j] - caseMeans[i] - raterMeans[j] + grand;
                residual += e * e;
            }
        }
        double msr = betweenCases / (n - 1);
        double msc = betweenRaters / (k - 1);
        double mse = residual / ((n - 1) * (k - 1));
        double denominator = msr + (k - 1) * mse + k * (msc - mse) / n;
        // Rounding leaves crumbs where the sums of squares are zero in exact arithmetic.
        if (Math.abs(denominator) < 1e-12) {
            return null;
        }
        return (msr - mse) / denominator;
    }

    private static Map<String, Integer> counts(List<String> categories) {
        Map<String, Integer> counts = new HashMap<>();
        categories.forEach(c -> counts.merge(c, 1, Integer::sum));
        return counts;
    }

    private static void requireSameLength(int expected, int actual) {
        if (expected != actual) {
            throw new IllegalArgumentException("Every rater needs a rating for every case: " + expected + " and " + actual);
        }
    }
}
