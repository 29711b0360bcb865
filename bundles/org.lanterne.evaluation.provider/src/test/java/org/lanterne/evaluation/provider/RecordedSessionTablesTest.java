package org.lanterne.evaluation.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lanterne.evaluation.api.ProgrammeSessions;
import org.lanterne.evaluation.api.SessionCount;

class RecordedSessionTablesTest {

    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    void eachProgrammeHasEveryMonthFromItsFirstToItsLastAndEveryAttendanceInOrder() {
        List<ProgrammeSessions> tables = RecordedSessionTables.of(List.of(
                new SessionCount("youth", MARCH, "attended", 12),
                new SessionCount("circles", JANUARY, "attended", 9),
                new SessionCount("youth", JANUARY, "did-not-attend", 7),
                new SessionCount("youth", JANUARY, "attended", 20)));

        assertEquals(List.of("circles", "youth"), tables.stream().map(ProgrammeSessions::programme).toList());
        ProgrammeSessions youth = tables.get(1);
        assertEquals(List.of("2026-01", "2026-02", "2026-03"), youth.byMonth().rows());
        assertEquals(SessionCount.ATTENDANCES, youth.byMonth().columns());
        assertEquals(List.of("20", "0", "7", "0", "0", "0"), youth.byMonth().cells().get(0));
        assertEquals(List.of("0", "0", "0", "0", "0", "0"), youth.byMonth().cells().get(1));
        assertEquals("39", youth.byMonth().total());
        assertEquals(32 / 39.0, youth.attendanceRate(), 1e-12);
    }

    @Test
    void smallCountsAreWithheldAndSoIsTheRateOfFewerThanFiveSessions() {
        ProgrammeSessions few = RecordedSessionTables.of(List.of(
                new SessionCount("pilot", JANUARY, "attended", 3),
                new SessionCount("pilot", JANUARY, "cancelled-by-service", 9))).get(0);

        assertTrue(few.byMonth().cells().stream().flatMap(List::stream).noneMatch(c -> c.matches("[1-4]")));
        assertEquals("<5", few.byMonth().cells().get(0).get(0));
        assertTrue(Double.isNaN(few.attendanceRate()), "3 sessions count: cancellations by the service do not");
    }

    @Test
    void cancellationsByTheServiceAndPlannedSessionsDoNotCountInTheRate() {
        ProgrammeSessions programme = RecordedSessionTables.of(List.of(
                new SessionCount("circles", JANUARY, "late", 5),
                new SessionCount("circles", JANUARY, "cancelled-by-client", 5),
                new SessionCount("circles", JANUARY, "cancelled-by-service", 50),
                new SessionCount("circles", MARCH, "planned", 8))).get(0);

        assertEquals(0.5, programme.attendanceRate(), 1e-12);
    }
}
