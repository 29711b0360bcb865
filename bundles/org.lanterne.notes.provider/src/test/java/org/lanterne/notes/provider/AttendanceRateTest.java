package org.lanterne.notes.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lanterne.notes.api.Attendance;

class AttendanceRateTest {

    @Test
    void lateCountsAsCameAndPlannedOrServiceCancellationsDoNotCount() {
        List<Attendance> sessions = List.of(Attendance.ATTENDED, Attendance.LATE, Attendance.DID_NOT_ATTEND, Attendance.CANCELLED_BY_CLIENT,
                Attendance.CANCELLED_BY_SERVICE, Attendance.PLANNED);

        assertEquals(0.5, AttendanceRate.of(sessions).getAsDouble());
        assertTrue(AttendanceRate.of(List.of(Attendance.PLANNED, Attendance.CANCELLED_BY_SERVICE)).isEmpty());
    }
}
