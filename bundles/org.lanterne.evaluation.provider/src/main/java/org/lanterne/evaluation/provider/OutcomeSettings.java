package org.lanterne.evaluation.provider;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the change, validity and time-to-event indicators measure.
 *
 * @param changeInstrument   the instrument whose total is compared between intake and the end of treatment
 * @param reliability        its reliability r_xx, for the reliable change index
 * @param lowerIsBetter      whether a fall of that total is an improvement (risk and needs scales)
 * @param validityInstrument the instrument whose intake total should predict the outcome
 * @param validityArm        the arm its validity is measured in (treatment changes the outcome); empty for every client
 * @param horizonDays        the outcome is counted within this many days of enrolment
 * @param expectedRates      the expected rate of the outcome within the horizon for each band, in the order bands are
 *                           listed; NaN where no rate is configured
 */
record OutcomeSettings(String changeInstrument, double reliability, boolean lowerIsBetter, String validityInstrument, String validityArm,
        int horizonDays, Map<String, Double> expectedRates) {

    OutcomeSettings {
        if (!(reliability > 0 && reliability < 1)) {
            throw new IllegalArgumentException("A reliability is between 0 and 1, not " + reliability + ".");
        }
        if (horizonDays < 1) {
            throw new IllegalArgumentException("The horizon is at least one day, not " + horizonDays + ".");
        }
        expectedRates = Collections.unmodifiableMap(new LinkedHashMap<>(expectedRates));
    }

    /**
     * @param bands  band codes in order
     * @param rates  {@code band=rate} lines, rate from 0 to 1
     * @return the bands' expected rates, NaN for bands without a line
     * @throws IllegalArgumentException naming a line that cannot be read
     */
    static Map<String, Double> expectedRates(String[] bands, String[] rates) {
        Map<String, Double> expected = new LinkedHashMap<>();
        for (String band : bands) {
            expected.put(band, Double.NaN);
        }
        for (String line : rates) {
            String[] parts = line.split("=", 2);
            double rate;
            try {
                rate = parts.length == 2 ? Double.parseDouble(parts[1].strip()) : Double.NaN;
            } catch (NumberFormatException e) {
                rate = Double.NaN;
            }
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("An expected rate is written band=rate with a rate from 0 to 1: '" + line + "'.");
            }
            expected.put(parts[0].strip(), rate);
        }
        return expected;
    }
}
