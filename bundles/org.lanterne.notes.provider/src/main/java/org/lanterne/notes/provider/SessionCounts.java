package org.lanterne.notes.provider;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lanterne.evaluation.api.RecordedSessions;
import org.lanterne.evaluation.api.SessionCount;
import org.lanterne.notes.api.Attendance;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The counts of the sessions recorded, for the evaluation capability: researchers and programme
 * leads see how the work goes without reading a case, a session's details or a note. The caller
 * checks that the user may read aggregates; nothing sealed is read here.
 */
@Component
public class SessionCounts implements RecordedSessions {

    private final NotesDatabase database;

    @Activate
    public SessionCounts(@Reference NotesDatabase database) {
        this.database = database;
    }

    @Override
    public List<SessionCount> counts() {
        // by day in the query, by month here: months are not portable between Derby's and PostgreSQL's SQL
        List<Object[]> byDay = database.inTransaction(NotesDatabase.Tables::sessionCounts);
        Map<Key, Long> byMonth = new LinkedHashMap<>();
        for (Object[] row : byDay) {
            Key key = new Key((String) row[0], YearMonth.from((LocalDate) row[1]), id(Attendance.valueOf((String) row[2])));
            byMonth.merge(key, ((Number) row[3]).longValue(), Long::sum);
        }
        return byMonth.entrySet().stream()
                .map(e -> new SessionCount(e.getKey().programme(), e.getKey().month(), e.getKey().attendance(), e.getValue()))
                .toList();
    }

    private record Key(String programme, YearMonth month, String attendance) {
    }

    /** @return the attendance as the evaluation capability names it: {@code CANCELLED_BY_CLIENT} is {@code cancelled-by-client} */
    static String id(Attendance attendance) {
        return attendance.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
