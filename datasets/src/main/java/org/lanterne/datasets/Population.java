package org.lanterne.datasets;

import java.util.List;

import org.apache.commons.math3.distribution.EnumeratedDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.util.Pair;

/**
 * Who the synthetic people are: programmes, sites and the coarse, listed profile values a programme
 * may record. The shares are plausible, not taken from any real programme.
 */
final class Population {

    static final String TREATMENT_PROGRAMME = "community-treatment";
    static final String SELF_HELP_ADULTS = "self-help-adults";
    static final String SELF_HELP_YOUTH = "self-help-youth";

    static final String TREATMENT = "treatment";
    static final String USUAL_CARE = "usual-care";

    private final EnumeratedDistribution<String> sites;
    private final EnumeratedDistribution<String> adultAgeBands;
    private final EnumeratedDistribution<String> youthAgeBands;
    private final EnumeratedDistribution<String> countries;
    private final EnumeratedDistribution<String> selfHelpRoutes;
    private final EnumeratedDistribution<String> clientRoutes;
    private final EnumeratedDistribution<String> modalities;

    Population(RandomGenerator random) {
        sites = shares(random, "site-rabat", 0.40, "site-casablanca", 0.35, "site-tanger", 0.25);
        adultAgeBands = shares(random, "18-24", 0.17, "25-34", 0.28, "35-44", 0.24, "45-54", 0.17, "55-64", 0.10, "65+", 0.04);
        youthAgeBands = shares(random, "12-14", 0.45, "15-17", 0.55);
        countries = shares(random, "MA", 0.45, "FR", 0.20, "BE", 0.08, "TN", 0.10, "DZ", 0.09, "CA", 0.08);
        selfHelpRoutes = shares(random, "search-engine", 0.38, "helpline", 0.17, "health-professional", 0.15, "campaign", 0.20, "other", 0.10);
        clientRoutes = shares(random, "court-order", 0.45, "probation", 0.30, "self-referral", 0.10, "health-service", 0.15);
        modalities = shares(random, "individual", 0.50, "group", 0.40, "online", 0.10);
    }

    String site() {
        return sites.sample();
    }

    String adultAgeBand() {
        return adultAgeBands.sample();
    }

    String youthAgeBand() {
        return youthAgeBands.sample();
    }

    String country() {
        return countries.sample();
    }

    String selfHelpRoute() {
        return selfHelpRoutes.sample();
    }

    String clientRoute() {
        return clientRoutes.sample();
    }

    String treatmentModality() {
        return modalities.sample();
    }

    /** @return the lowest age of an adult band, and the width of the band ("65+" is taken as 65–79) */
    static int[] ageRange(String band) {
        if (band.endsWith("+")) {
            return new int[] { Integer.parseInt(band.substring(0, band.length() - 1)), 15 };
        }
        String[] ends = band.split("-");
        int low = Integer.parseInt(ends[0]);
        return new int[] { low, Integer.parseInt(ends[1]) - low + 1 };
    }

    private static EnumeratedDistribution<String> shares(RandomGenerator random, Object... valuesAndShares) {
        List<Pair<String, Double>> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < valuesAndShares.length; i += 2) {
            pairs.add(new Pair<>((String) valuesAndShares[i], (Double) valuesAndShares[i + 1]));
        }
        return new EnumeratedDistribution<>(random, pairs);
    }
}
