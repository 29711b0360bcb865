package org.lanterne.evaluation.api;

import java.time.LocalDate;

/**
 * The result of one assessment; the answers stay out of evaluation cohorts.
 *
 * @param participant the participant's id in the cohort
 * @param instrument  the instrument's id
 * @param occasion    {@code intake} or {@code end-of-treatment}
 * @param assessedOn  the day of the assessment
 * @param total       the total score
 * @param band        the band of the total
 */
public record CohortAssessment(String participant, String instrument, String occasion, LocalDate assessedOn, double total, String band) {
}
