package org.lanterne.datasets;

import java.time.LocalDate;

/**
 * What a synthetic cohort looks like, and the truths it is generated from.
 *
 * @param seed                 the same seed and parameters always give the same files
 * @param clients              clients of the community treatment programme, randomised 1:1 to
 *                             treatment or usual care
 * @param selfHelpParticipants participants of the two anonymous self-help programmes
 * @param firstEnrolment       the first day anyone enrols
 * @param enrolmentDays        how many days enrolment stays open
 * @param horizonYears         follow-up every client gets unless lost to follow-up
 * @param trueAuc              the area under the ROC curve of the STATIC-99R total for detected
 *                             re-offending within the horizon, in the usual-care arm
 * @param usualCareEventRate   the share of the usual-care arm re-offending within the horizon
 * @param trueHazardRatio      the hazard of re-offending under treatment relative to usual care,
 *                             for clients with the same STATIC-99R total
 * @param trueNeedsEffect      the standardised drop of the latent dynamic need between intake and
 *                             the end of treatment, in the treatment arm (none under usual care)
 * @param prePostCorrelation   the correlation of the latent need at intake and at the end
 * @param lossToFollowUpRate   the share of clients lost to follow-up by the horizon, at random
 */
public record CohortParameters(long seed, int clients, int selfHelpParticipants, LocalDate firstEnrolment, int enrolmentDays,
        int horizonYears, double trueAuc, double usualCareEventRate, double trueHazardRatio, double trueNeedsEffect,
        double prePostCorrelation, double lossToFollowUpRate) {

    public CohortParameters {
        requireAtLeast("clients", clients, 2);
        requireAtLeast("selfHelpParticipants", selfHelpParticipants, 0);
        requireAtLeast("enrolmentDays", enrolmentDays, 1);
        requireAtLeast("horizonYears", horizonYears, 1);
        requireBetween("trueAuc", trueAuc, 0.5, 1);
        requireBetween("usualCareEventRate", usualCareEventRate, 0, 1);
        requireBetween("trueHazardRatio", trueHazardRatio, 0, 10);
        requireBetween("trueNeedsEffect", trueNeedsEffect, -3, 3);
        requireBetween("prePostCorrelation", prePostCorrelation, -1, 1);
        if (lossToFollowUpRate != 0) {
            requireBetween("lossToFollowUpRate", lossToFollowUpRate, 0, 1);
        }
    }

    /** @return the small cohort the demo loads: a few hundred people, realistic effects */
    public static CohortParameters demo() {
        return new CohortParameters(20261123L, 300, 600, LocalDate.of(2024, 1, 8), 540, 3, 0.70, 0.12, 0.70, 0.40, 0.60, 0.10);
    }

    /** @return these parameters with another seed and size */
    public CohortParameters withSize(long newSeed, int newClients, int newSelfHelpParticipants) {
        return new CohortParameters(newSeed, newClients, newSelfHelpParticipants, firstEnrolment, enrolmentDays, horizonYears,
                trueAuc, usualCareEventRate, trueHazardRatio, trueNeedsEffect, prePostCorrelation, lossToFollowUpRate);
    }

    /** @return the day the data end: everybody enrolled has been followed for the horizon by then */
    public LocalDate dataCutoff() {
        return firstEnrolment.plusDays(enrolmentDays).plusYears(horizonYears).plusDays(1);
    }

    private static void requireAtLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", not " + value + ".");
        }
    }

    private static void requireBetween(String name, double value, double min, double max) {
        if (!(value > min && value < max)) {
            throw new IllegalArgumentException(name + " must lie strictly between " + min + " and " + max + ", not " + value + ".");
        }
    }
}
