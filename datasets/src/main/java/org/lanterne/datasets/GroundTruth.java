package org.lanterne.datasets;

import java.util.Map;

/**
 * What a cohort was generated from and the true values its analysis should recover within sampling
 * error. Written as {@code ground-truth.json} next to the tables.
 *
 * @param parameters the parameters of the generator
 * @param rows       how many rows each table has
 * @param outcome    re-offending
 * @param needs      the dynamic-needs total at intake and at the end of treatment
 */
public record GroundTruth(CohortParameters parameters, Map<String, Long> rows, Outcome outcome, Needs needs) {

    /**
     * @param beta                   log hazard ratio per STATIC-99R point
     * @param lambda0PerYear         yearly rate of re-offending at a total of 0 under usual care
     * @param usualCareAuc           expected AUC of the total for re-offending within the horizon, usual care
     * @param usualCareEventRate     expected share re-offending within the horizon, usual care
     * @param treatmentEventRate     expected share re-offending within the horizon, treatment
     * @param usualCareSurvival      expected share free of re-offending after 1, 2, ... years, usual care
     * @param treatmentSurvival      the same under treatment
     */
    public record Outcome(double beta, double lambda0PerYear, double usualCareAuc, double usualCareEventRate,
            double treatmentEventRate, double[] usualCareSurvival, double[] treatmentSurvival) {
    }

    /**
     * @param intakeMean            expected total at intake, both arms
     * @param intakeSd              its standard deviation
     * @param endMeanTreatment      expected total at the end of treatment, treatment arm
     * @param endMeanUsualCare      the same under usual care (no change)
     * @param treatmentEffectSize   (intake mean - end mean) / intake SD under treatment: the Cohen's d a
     *                              pre/post analysis of the treatment arm should find
     */
    public record Needs(double intakeMean, double intakeSd, double endMeanTreatment, double endMeanUsualCare,
            double treatmentEffectSize) {
    }
}
