package org.lanterne.datasets;

import java.util.Arrays;
import java.util.Locale;

/**
 * Re-offending as a proportional-hazards process: a client with STATIC-99R total {@code t}
 * re-offends at the constant rate {@code lambda0 * exp(beta * t)} per year, multiplied by the
 * hazard ratio under treatment. {@code beta} and {@code lambda0} are solved so that, over the
 * usual-care arm's actual totals, the expected share re-offending within the horizon and the
 * expected AUC of the total for that outcome are exactly the ones asked for.
 */
final class OutcomeModel {

    private static final int BISECTION_STEPS = 100;
    private static final double MAX_BETA = 10;

    final double beta;
    final double lambda0;
    final double horizonYears;
    final double hazardRatio;

    private OutcomeModel(double beta, double lambda0, double horizonYears, double hazardRatio) {
        this.beta = beta;
        this.lambda0 = lambda0;
        this.horizonYears = horizonYears;
        this.hazardRatio = hazardRatio;
    }

    /** How many clients have each distinct total: the calibration only needs this. */
    record Totals(int[] values, long[] counts) {

        static Totals of(int[] totals) {
            int[] values = Arrays.stream(totals).distinct().sorted().toArray();
            long[] counts = new long[values.length];
            for (int total : totals) {
                counts[Arrays.binarySearch(values, total)]++;
            }
            return new Totals(values, counts);
        }

        long size() {
            return Arrays.stream(counts).sum();
        }
    }

    /**
     * @param usualCare the STATIC-99R totals of the usual-care arm
     * @throws IllegalArgumentException if the AUC cannot be reached with these totals
     */
    static OutcomeModel calibrate(Totals usualCare, double targetAuc, double eventRate, double horizonYears, double hazardRatio) {
        if (usualCare.values().length < 2) {
            throw new IllegalArgumentException("The usual-care arm needs at least two different totals to give the total any AUC.");
        }
        double highest = auc(usualCare, MAX_BETA, lambdaFor(usualCare, MAX_BETA, eventRate, horizonYears), horizonYears);
        if (highest < targetAuc) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "An AUC of %.3f cannot be reached with these totals and an event rate of %.3f: at most %.3f.", targetAuc, eventRate, highest));
        }
        double low = 0;
        double high = MAX_BETA;
        for (int step = 0; step < BISECTION_STEPS; step++) {
            double middle = (low + high) / 2;
            if (auc(usualCare, middle, lambdaFor(usualCare, middle, eventRate, horizonYears), horizonYears) < targetAuc) {
                low = middle;
            } else {
                high = middle;
            }
        }
        double beta = (low + high) / 2;
        return new OutcomeModel(beta, lambdaFor(usualCare, beta, eventRate, horizonYears), horizonYears, hazardRatio);
    }

    /** @return the yearly rate of re-offending of a client with this total */
    double rate(int total, boolean treated) {
        return lambda0 * Math.exp(beta * total) * (treated ? hazardRatio : 1);
    }

    /** @return the expected share of clients with these totals still free of re-offending after {@code years} */
    double survival(Totals totals, boolean treated, double years) {
        double free = 0;
        for (int i = 0; i < totals.values().length; i++) {
            free += totals.counts()[i] * Math.exp(-rate(totals.values()[i], treated) * years);
        }
        return free / totals.size();
    }

    /** @return the expected AUC of these totals for re-offending within the horizon, without treatment */
    double auc(Totals totals) {
        return auc(totals, beta, lambda0, horizonYears);
    }

    /**
     * The AUC of a discrete score, P(score of a case > score of a non-case) + P(tie) / 2, where each
     * client with total {@code t} counts as a case with weight {@code p(t)} and as a non-case with
     * weight {@code 1 - p(t)}.
     */
    private static double auc(Totals totals, double beta, double lambda0, double horizonYears) {
        double nonCasesBelow = 0;
        double concordant = 0;
        double cases = 0;
        double nonCases = 0;
        for (int i = 0; i < totals.values().length; i++) {
            double p = eventProbability(totals.values()[i], beta, lambda0, horizonYears);
            double caseWeight = totals.counts()[i] * p;
            double nonCaseWeight = totals.counts()[i] * (1 - p);
            concordant += caseWeight * (nonCasesBelow + nonCaseWeight / 2);
            nonCasesBelow += nonCaseWeight;
            cases += caseWeight;
            nonCases += nonCaseWeight;
        }
        return concordant / (cases * nonCases);
    }

    private static double eventProbability(int total, double beta, double lambda0, double years) {
        return 1 - Math.exp(-lambda0 * Math.exp(beta * total) * years);
    }

    /** Solves lambda0 so that the mean probability of re-offending within the horizon is the event rate. */
    private static double lambdaFor(Totals totals, double beta, double eventRate, double years) {
        double low = -60;
        double high = 10;
        for (int step = 0; step < BISECTION_STEPS; step++) {
            double middle = (low + high) / 2;
            double expected = 0;
            for (int i = 0; i < totals.values().length; i++) {
                expected += totals.counts()[i] * eventProbability(totals.values()[i], beta, Math.exp(middle), years);
            }
            if (expected / totals.size() < eventRate) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return Math.exp((low + high) / 2);
    }
}
