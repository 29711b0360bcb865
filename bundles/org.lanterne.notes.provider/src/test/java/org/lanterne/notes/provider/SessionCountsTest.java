package org.lanterne.notes.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.lanterne.evaluation.api.SessionCount;
import org.lanterne.notes.api.Attendance;

class SessionCountsTest {

    @Test
    void everyAttendanceOfASessionIsOneThatTheEvaluationCounts() {
        assertEquals(SessionCount.ATTENDANCES.stream().sorted().toList(),
                Arrays.stream(Attendance.values()).map(SessionCounts::id).sorted().toList());
        assertEquals("cancelled-by-client", SessionCounts.id(Attendance.CANCELLED_BY_CLIENT));
    }
}
