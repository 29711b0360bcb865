package org.lanterne.evaluation.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Calibration of an instrument by band: in each risk band, the share of people who had the outcome
 * against the share the instrument's norms expect. The observed share has Wilson's 95 % score
 * interval, which stays inside [0, 1] and behaves with few people or none with the outcome.
 *
 * @param band         the band's code
 * @param people       people assessed in that band
 * @param events       of whom had the outcome
 * @param observedRate events / people; NaN without people
 * @param interval     Wilson's 95 % interval of the observed rate; NaN ends without people
 * @param expectedRate the rate the norms expect for the band
 */
public record BandCalibration(String band, int people, int events, double observedRate, Interval interval, double expectedRate) {

    /**
     * @param bands         each person's band
     * @param events        whether each person had the outcome
     * @param expectedRates each band's expected rate, in the order the bands are to be listed
     * @return one line per band of {@code expectedRates}
     * @throws IllegalArgumentException if the arrays differ in length or a person's band has no expected rate
     */
    public static List<BandCalibration> of(String[] bands, boolean[] events, Map<String, Double> expectedRates) {
        if (bands.length != events.length) {
            throw new IllegalArgumentException("Every person needs a band and an outcome: " + bands.length + " bands, " + events.length + " outcomes.");
        }
        for (String band : bands) {
            if (!expectedRates.containsKey(band)) {
                throw new IllegalArgumentException("Band " + band + " has no expected rate.");
            }
        }
        double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);
        List<BandCalibration> lines = new ArrayList<>();
        expectedRates.forEach((band, expected) -> {
            int people = 0;
            int withOutcome = 0;
            for (int i = 0; i < bands.length; i++) {
                if (bands[i].equals(band)) {
                    people++;
                    withOutcome += events[i] ? 1 : 0;
                }
            }
            lines.add(new BandCalibration(band, people, withOutcome, people == 0 ? Double.NaN : withOutcome / (double) people,
                    wilson(withOutcome, people, z), expected));
        });
        return lines;
    }

    private static Interval wilson(int events, int people, double z) {
        if (people == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double p = events / (double) people;
        double z2 = z * z;
        double centre = (p + z2 / (2 * people)) / (1 + z2 / people);
        double halfWidth = z * Math.sqrt(p * (1 - p) / people + z2 / (4.0 * people * people)) / (1 + z2 / people);
        return new Interval(Math.max(0, centre - halfWidth), Math.min(1, centre + halfWidth));
    }
}
