package org.lanterne.evaluation.api;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * How many sessions of a programme, in a month, had one attendance.
 *
 * @param programme  the programme of the clients' cases
 * @param month      when the sessions were held or planned
 * @param attendance one of {@link #ATTENDANCES}
 * @param sessions   how many, 1 or more
 */
public record SessionCount(String programme, YearMonth month, String attendance, long sessions) {

    /** The attendances, in the order tables show them. */
    public static final List<String> ATTENDANCES = List.of("attended", "late", "did-not-attend", "cancelled-by-client",
            "cancelled-by-service", "planned");

    public SessionCount {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(month, "month");
        if (!ATTENDANCES.contains(attendance)) {
            throw new IllegalArgumentException("Unknown attendance: " + attendance);
        }
        if (sessions < 1) {
            throw new IllegalArgumentException("A count of sessions is 1 or more");
        }
    }
}
