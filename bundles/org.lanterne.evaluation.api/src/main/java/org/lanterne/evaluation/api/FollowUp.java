package org.lanterne.evaluation.api;

/**
 * How a client's follow-up ended.
 *
 * @param participant the participant's id in the cohort
 * @param days        days from enrolment to the end of follow-up
 * @param event       whether it ended with the outcome (detected re-offending); otherwise it was censored
 */
public record FollowUp(String participant, int days, boolean event) {
}
