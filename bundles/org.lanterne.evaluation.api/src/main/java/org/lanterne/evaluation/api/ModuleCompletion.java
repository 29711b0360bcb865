package org.lanterne.evaluation.api;

import java.time.LocalDate;

/**
 * A self-help module marked done.
 *
 * @param participant the participant's id in the cohort
 * @param module      the module's position in its programme, from 1
 * @param completedOn the day it was done
 */
public record ModuleCompletion(String participant, int module, LocalDate completedOn) {
}
