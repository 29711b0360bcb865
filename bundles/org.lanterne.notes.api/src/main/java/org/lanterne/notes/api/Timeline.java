package org.lanterne.notes.api;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A client's sessions, assessments and flags in order of day.
 *
 * @param caseId         the case
 * @param entries        the events, oldest first
 * @param attendanceRate the share of sessions the client came to, of those that count
 *                       ({@link Attendance#countsForAttendance()}); empty before the first one
 */
public record Timeline(String caseId, List<TimelineEntry> entries, OptionalDouble attendanceRate) {

    public Timeline {
        entries = List.copyOf(entries);
    }
}
