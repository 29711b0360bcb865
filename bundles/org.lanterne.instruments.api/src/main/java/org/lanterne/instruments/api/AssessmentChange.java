package org.lanterne.instruments.api;

/**
 * One assessment in a participant's history of an instrument, compared with the one before.
 *
 * @param assessment   the assessment
 * @param totalChange  its main total minus the previous one; {@code null} for the first assessment
 *                     or when either has no total
 * @param previousBand the band code of the previous assessment; {@code null} for the first
 * @param bandChanged  whether the band differs from the previous assessment's; {@code false} for the first
 */
public record AssessmentChange(Assessment assessment, Integer totalChange, String previousBand, boolean bandChanged) {
}
