package org.lanterne.datasets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.Item;
import org.lanterne.instruments.api.ItemType;

/**
 * Answers that a person with a given latent level would plausibly give. Higher latent values make
 * risk-raising answers more likely; the scoring engine, not this class, turns answers into totals.
 */
final class AnswerModel {

    /** Discrimination of the graded items: how sharply the answer follows the latent level. */
    private static final double DISCRIMINATION = 1.7;

    /** The choices of STATIC-99R's prior sex offences item, lowest first. */
    private static final List<String> PRIOR_SEX_OFFENCES = List.of("none", "1-2-charges-or-1-conviction",
            "3-5-charges-or-2-3-convictions", "6-charges-or-4-convictions");

    private final RandomGenerator random;

    AnswerModel(RandomGenerator random) {
        this.random = random;
    }

    /**
     * @param risk          the latent risk, standard normal in the population
     * @param ageAtRelease  in years
     * @return answers to every STATIC-99R item
     */
    Map<String, Object> static99r(double risk, double ageAtRelease) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("ageAtRelease", Math.round(ageAtRelease * 10) / 10.0);
        answers.put("livedWithPartner", chance(0.3 - 0.8 * risk));
        answers.put("indexNonSexualViolence", chance(-1.8 + 0.9 * risk));
        answers.put("priorNonSexualViolence", chance(-1.0 + 1.0 * risk));
        answers.put("priorSexOffences", PRIOR_SEX_OFFENCES.get(graded(new double[] { 0.7, 1.9, 3.0 }, 1.2, risk)));
        answers.put("priorSentencingDates", new PoissonDistribution(random, Math.exp(0.6 + 0.7 * risk),
                PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample());
        answers.put("nonContactSexOffences", chance(-2.0 + 0.8 * risk));
        answers.put("unrelatedVictims", chance(0.2 + 0.8 * risk));
        answers.put("strangerVictims", chance(-1.2 + 0.9 * risk));
        answers.put("maleVictims", chance(-1.5 + 0.7 * risk));
        return answers;
    }

    /**
     * @param definition an instrument whose items are all ordinal
     * @param need       the latent need, standard normal in the population at intake
     * @return a choice value for every item, following {@link #categoryProbabilities}
     */
    Map<String, Object> ordinal(InstrumentDefinition definition, double need) {
        Map<String, Object> answers = new LinkedHashMap<>();
        List<Item> items = definition.items();
        for (int i = 0; i < items.size(); i++) {
            Item item = requireOrdinal(definition, items.get(i));
            int category = graded(ordinalThresholds(i, item.choices().size()), DISCRIMINATION, need);
            answers.put(item.id(), item.choices().get(category).value());
        }
        return answers;
    }

    /**
     * Samejima's graded response model: the chance of reaching category {@code j} or above is
     * logistic in the latent level, with thresholds that rise by category and vary a little by item.
     *
     * @return the probability of each of the {@code categories} categories of item {@code itemIndex}
     */
    static double[] categoryProbabilities(int itemIndex, int categories, double level) {
        double[] thresholds = ordinalThresholds(itemIndex, categories);
        double[] p = new double[categories];
        double atLeastThis = 1;
        for (int j = 0; j < categories; j++) {
            double atLeastNext = j < thresholds.length ? logistic(DISCRIMINATION * (level - thresholds[j])) : 0;
            p[j] = atLeastThis - atLeastNext;
            atLeastThis = atLeastNext;
        }
        return p;
    }

    static Item requireOrdinal(InstrumentDefinition definition, Item item) {
        if (item.type() != ItemType.ORDINAL || item.choices().size() < 2) {
            throw new IllegalArgumentException("Only ordinal items can be drawn from a latent need: " + definition.id()
                    + " item " + item.id() + " is " + item.type() + ".");
        }
        return item;
    }

    static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double[] ordinalThresholds(int itemIndex, int categories) {
        double[] thresholds = new double[categories - 1];
        for (int j = 0; j < thresholds.length; j++) {
            thresholds[j] = -0.3 + 1.3 * j + 0.1 * (itemIndex % 3);
        }
        return thresholds;
    }

    private boolean chance(double logit) {
        return random.nextDouble() < logistic(logit);
    }

    /** @return the highest category whose threshold the draw reaches; one draw keeps the categories ordered */
    private int graded(double[] thresholds, double discrimination, double level) {
        double u = random.nextDouble();
        int category = 0;
        while (category < thresholds.length && u < logistic(discrimination * (level - thresholds[category]))) {
            category++;
        }
        return category;
    }
}
