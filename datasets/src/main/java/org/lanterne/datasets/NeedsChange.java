package org.lanterne.datasets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.Item;

/**
 * The true distribution of an ordinal instrument's total when the latent need is normal, computed by
 * numerical integration over the need: what a sample's mean and standard deviation estimate.
 */
final class NeedsChange {

    private static final double STEP = 0.005;
    private static final double REACH = 9;

    /** @param mean expected total; @param sd its standard deviation */
    record Moments(double mean, double sd) {
    }

    private final List<Item> items;
    private final int floor;
    private final double[][] points;

    /**
     * Finds each answer's points with the scoring engine itself (the total of all lowest answers,
     * then of one item raised), so that the truth follows the definition and not a copy of it.
     */
    NeedsChange(InstrumentDefinition definition, Instruments instruments) {
        items = definition.items();
        Map<String, Object> lowest = new HashMap<>();
        items.forEach(item -> lowest.put(AnswerModel.requireOrdinal(definition, item).id(), item.choices().get(0).value()));
        floor = instruments.total(definition, lowest);
        points = new double[items.size()][];
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            points[i] = new double[item.choices().size()];
            for (int j = 0; j < points[i].length; j++) {
                Map<String, Object> raised = new HashMap<>(lowest);
                raised.put(item.id(), item.choices().get(j).value());
                points[i][j] = instruments.total(definition, raised) - floor;
            }
        }
    }

    /** @return the moments of the total when the latent need is normal with this mean and a standard deviation of 1 */
    Moments moments(double needMean) {
        double mass = 0;
        double first = 0;
        double second = 0;
        for (double level = needMean - REACH; level <= needMean + REACH; level += STEP) {
            double density = Math.exp(-0.5 * (level - needMean) * (level - needMean));
            double conditionalMean = floor;
            double conditionalVariance = 0;
            for (int i = 0; i < items.size(); i++) {
                double[] p = AnswerModel.categoryProbabilities(i, points[i].length, level);
                double itemMean = 0;
                double itemSquare = 0;
                for (int j = 0; j < p.length; j++) {
                    itemMean += p[j] * points[i][j];
                    itemSquare += p[j] * points[i][j] * points[i][j];
                }
                conditionalMean += itemMean;
                conditionalVariance += itemSquare - itemMean * itemMean;
            }
            mass += density;
            first += density * conditionalMean;
            second += density * (conditionalVariance + conditionalMean * conditionalMean);
        }
        double mean = first / mass;
        return new Moments(mean, Math.sqrt(second / mass - mean * mean));
    }
}
