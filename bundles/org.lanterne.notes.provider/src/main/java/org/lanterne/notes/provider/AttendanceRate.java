package org.lanterne.notes.provider;

import java.util.List;
import java.util.OptionalDouble;

import org.lanterne.notes.api.Attendance;

/** The share of sessions a client came to, late or on time, of those that count (see {@link Attendance#countsForAttendance()}). */
final class AttendanceRate {

    private AttendanceRate() {
    }

    static OptionalDouble of(List<Attendance> sessions) {
        List<Attendance> counted = sessions.stream().filter(Attendance::countsForAttendance).toList();
        if (counted.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) counted.stream().filter(Attendance::held).count() / counted.size());
    }
}
