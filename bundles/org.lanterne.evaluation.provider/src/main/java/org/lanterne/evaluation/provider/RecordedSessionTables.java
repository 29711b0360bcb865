package org.lanterne.evaluation.provider;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.lanterne.evaluation.api.ProgrammeSessions;
import org.lanterne.evaluation.api.SessionCount;

/**
 * The sessions recorded in the installation as published tables: one per programme, a row for
 * every month from its first to its last (months without sessions show as 0), small counts
 * withheld by the same rule as counts of people.
 */
final class RecordedSessionTables {

    private static final List<String> ATTENDANCES = SessionCount.ATTENDANCES;
    private static final List<String> CLIENT_CAME = List.of("attended", "late");
    private static final List<String> COUNTING = List.of("attended", "late", "did-not-attend", "cancelled-by-client");

    private RecordedSessionTables() {
    }

    static List<ProgrammeSessions> of(List<SessionCount> counts) {
        Map<String, List<SessionCount>> byProgramme = new TreeMap<>();
        for (SessionCount count : counts) {
            byProgramme.computeIfAbsent(count.programme(), p -> new ArrayList<>()).add(count);
        }
        List<ProgrammeSessions> tables = new ArrayList<>();
        byProgramme.forEach((programme, ofProgramme) -> tables.add(table(programme, ofProgramme)));
        return tables;
    }

    private static ProgrammeSessions table(String programme, List<SessionCount> counts) {
        YearMonth first = counts.stream().map(SessionCount::month).min(YearMonth::compareTo).orElseThrow();
        YearMonth last = counts.stream().map(SessionCount::month).max(YearMonth::compareTo).orElseThrow();
        List<String> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month.toString());
        }
        long[][] cells = new long[months.size()][ATTENDANCES.size()];
        long came = 0;
        long counting = 0;
        for (SessionCount count : counts) {
            cells[months.indexOf(count.month().toString())][ATTENDANCES.indexOf(count.attendance())] += count.sessions();
            came += CLIENT_CAME.contains(count.attendance()) ? count.sessions() : 0;
            counting += COUNTING.contains(count.attendance()) ? count.sessions() : 0;
        }
        double rate = Disclosure.enoughPeople(counting) ? came / (double) counting : Double.NaN;
        return new ProgrammeSessions(programme, Disclosure.publish(months, ATTENDANCES, cells), rate);
    }
}
