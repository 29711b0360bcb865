package org.lanterne.notes.api;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A row of the caseload.
 *
 * @param file        the case
 * @param lastSession the day of the last session held or missed, if any
 * @param nextSession the day of the next planned session, if any
 * @param latestBand  the band of the client's latest assessment, if the instruments capability has one
 * @param openFlags   how many risk flags of the case are open
 */
public record CaseSummary(CaseFile file, Optional<LocalDate> lastSession, Optional<LocalDate> nextSession, Optional<String> latestBand,
        int openFlags) {
}
