package org.lanterne.evaluation.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The Kaplan–Meier estimate of the share still free of an event over time, with Greenwood's
 * variance and 95 % intervals on the log scale — the defaults of R's {@code survival::survfit}.
 * People whose follow-up ended without the event (censored) count as at risk up to their time.
 *
 * @param steps the estimate at each time an event happened, in order of time
 */
public record KaplanMeier(List<Step> steps) {

    /**
     * The estimate just after one event time.
     *
     * @param time     when
     * @param atRisk   people still followed just before it
     * @param events   events at that time
     * @param censored people whose follow-up ended without the event after the previous event time, up to and including this one
     * @param survival the estimated share free of the event
     * @param interval its 95 % interval: S·exp(±1.96·se(log S)), the upper end cut at 1; NaN ends once S reaches 0
     */
    public record Step(double time, int atRisk, int events, int censored, double survival, Interval interval) {
    }

    public KaplanMeier {
        steps = List.copyOf(steps);
    }

    /**
     * @param times  each person's follow-up time
     * @param events whether each person's follow-up ended with the event
     * @throws IllegalArgumentException if the arrays differ in length or a time is negative or not a number
     */
    public static KaplanMeier estimate(double[] times, boolean[] events) {
        Integer[] order = sortedByTime(times, events);
        double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);
        List<Step> steps = new ArrayList<>();
        int atRisk = times.length;
        double survival = 1;
        double greenwood = 0;
        int censoredSinceLastEvent = 0;
        int i = 0;
        while (i < order.length) {
            double time = times[order[i]];
            int eventsNow = 0;
            int censoredNow = 0;
            for (; i < order.length && times[order[i]] == time; i++) {
                if (events[order[i]]) {
                    eventsNow++;
                } else {
                    censoredNow++;
                }
            }
            if (eventsNow > 0) {
                survival *= 1 - eventsNow / (double) atRisk;
                greenwood += atRisk == eventsNow ? Double.POSITIVE_INFINITY : eventsNow / ((double) atRisk * (atRisk - eventsNow));
                steps.add(new Step(time, atRisk, eventsNow, censoredSinceLastEvent + censoredNow, survival, logInterval(survival, greenwood, z)));
                censoredSinceLastEvent = 0;
            } else {
                censoredSinceLastEvent += censoredNow;
            }
            atRisk -= eventsNow + censoredNow;
        }
        return new KaplanMeier(steps);
    }

    /** @return the estimated share free of the event at {@code time}: the last step at or before it, 1 before the first */
    public double survivalAt(double time) {
        return stepAt(time).map(Step::survival).orElse(1.0);
    }

    /** @return the last step at or before {@code time}, if any */
    public java.util.Optional<Step> stepAt(double time) {
        Step found = null;
        for (Step step : steps) {
            if (step.time() > time) {
                break;
            }
            found = step;
        }
        return java.util.Optional.ofNullable(found);
    }

    static Integer[] sortedByTime(double[] times, boolean[] events) {
        if (times.length != events.length) {
            throw new IllegalArgumentException("Every person needs a time and an event flag: " + times.length + " times, "
                    + events.length + " flags.");
        }
        for (double time : times) {
            if (!(time >= 0)) {
                throw new IllegalArgumentException("Follow-up times are zero or more, not " + time + ".");
            }
        }
        Integer[] order = new Integer[times.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> times[i]));
        return order;
    }

    private static Interval logInterval(double survival, double greenwood, double z) {
        if (survival == 0 || Double.isInfinite(greenwood)) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double spread = z * Math.sqrt(greenwood);
        return new Interval(survival * Math.exp(-spread), Math.min(1, survival * Math.exp(spread)));
    }
}
