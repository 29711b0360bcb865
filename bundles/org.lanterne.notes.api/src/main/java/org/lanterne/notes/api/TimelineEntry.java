package org.lanterne.notes.api;

import java.time.LocalDate;

/**
 * One event of a client's timeline.
 *
 * @param day     when
 * @param kind    what happened
 * @param label   a short description in the data's own terms: the attendance of a session, the
 *                instrument and band of an assessment, the kind of a flag; never note text
 * @param ref     the identifier of the session, assessment or flag
 */
public record TimelineEntry(LocalDate day, Kind kind, String label, String ref) {

    public enum Kind {
        SESSION, ASSESSMENT, FLAG_RAISED, FLAG_RESOLVED
    }
}
