package org.lanterne.evaluation.api;

import java.util.List;

import org.lanterne.evaluation.statistics.LogRank;

/**
 * Every indicator of one programme, split by one subgroup. Counts of fewer than 5 people are
 * shown as {@code <5}, with more counts hidden ({@code x}) so that none can be worked out; a
 * statistic computed on fewer than 5 people is withheld. Tables that do not apply to the
 * programme (dropout of a clinical programme, sites of a self-help one) are {@code null}, and so
 * are statistics of measures it does not have (empty lists).
 *
 * @param programme          the programme's id
 * @param subgroup           the split
 * @param source             where the cohort comes from
 * @param enrolmentsByMonth  rows: months (yyyy-MM), columns: groups
 * @param enrolmentsBySite   rows: sites; {@code null} for programmes without sites
 * @param enrolmentsByAgeBand rows: age bands
 * @param enrolmentsByReferralRoute rows: referral routes
 * @param funnel             rows: steps (enrolled, then each module done, or sessions attended); columns: groups
 * @param dropoutsByMonth    self-help: rows: month of the last module done by people who stopped before the last; else {@code null}
 * @param change             per group: change of the change instrument between intake and the end of treatment
 * @param accuracy           per group: the validity instrument's AUC for the outcome within the horizon
 * @param calibration        per group and band: observed against expected rates
 * @param survival           per group: time to the outcome
 * @param logRank            the log-rank test between the survival groups; {@code null} when withheld or not applicable
 */
public record IndicatorReport(String programme, Subgroup subgroup, String source, PublishedTable enrolmentsByMonth, PublishedTable enrolmentsBySite,
        PublishedTable enrolmentsByAgeBand, PublishedTable enrolmentsByReferralRoute, PublishedTable funnel, PublishedTable dropoutsByMonth,
        List<ChangeIndicator> change, List<AccuracyIndicator> accuracy, List<CalibrationIndicator> calibration, List<SurvivalCurve> survival,
        LogRank logRank) {

    public IndicatorReport {
        change = List.copyOf(change);
        accuracy = List.copyOf(accuracy);
        calibration = List.copyOf(calibration);
        survival = List.copyOf(survival);
    }
}
