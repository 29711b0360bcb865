package org.lanterne.evaluation.api;

/**
 * The sessions recorded in this installation for one programme.
 *
 * @param programme      the programme of the clients' cases
 * @param byMonth        rows: months (yyyy-MM) from the first to the last; columns: {@link SessionCount#ATTENDANCES};
 *                       counts of sessions withheld as counts of people are
 * @param attendanceRate the share of the sessions that count (held, missed or cancelled by the client) that the
 *                       client came to, on time or late; NaN when fewer than 5 sessions count
 */
public record ProgrammeSessions(String programme, PublishedTable byMonth, double attendanceRate) {
}
