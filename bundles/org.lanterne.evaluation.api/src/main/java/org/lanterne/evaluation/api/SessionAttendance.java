package org.lanterne.evaluation.api;

import java.time.LocalDate;

/**
 * A planned session of a client.
 *
 * @param participant the participant's id in the cohort
 * @param day         when it was planned
 * @param attended    whether the client came (on time or late)
 */
public record SessionAttendance(String participant, LocalDate day, boolean attended) {
}
