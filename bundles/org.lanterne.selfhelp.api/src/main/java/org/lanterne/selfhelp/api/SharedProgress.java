package org.lanterne.selfhelp.api;

import java.time.LocalDate;

/**
 * A participant's progress, shared by the participant with one clinician.
 *
 * @param share    the share's random id: tells participants apart without identifying them
 * @param sharedOn the day the participant shared it
 * @param progress the participant's progress now
 */
public record SharedProgress(String share, LocalDate sharedOn, Progress progress) {
}
