package org.lanterne.selfhelp.api;

/**
 * Enrolments in one week or month.
 *
 * @param period an ISO week ({@code 2026-W48}) or a month ({@code 2026-11})
 * @param count  how many enrolled in it
 */
public record PeriodCount(String period, Count count) {
}
