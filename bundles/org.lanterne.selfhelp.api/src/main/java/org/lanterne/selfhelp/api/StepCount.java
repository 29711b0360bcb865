package org.lanterne.selfhelp.api;

/**
 * How many current participants reached one step of a programme.
 *
 * @param step  a module's or a questionnaire's id
 * @param count how many marked the module done, or answered the questionnaire
 */
public record StepCount(String step, Count count) {
}
