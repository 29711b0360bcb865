package org.lanterne.instruments.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Places a history's totals in a plotting area: dates from left to right in proportion to the
 * days between them, totals from bottom to top. Kept apart from SWT so that it can be tested.
 *
 * @param firstDay the epoch day of the first assessment
 * @param lastDay  the epoch day of the last assessment
 * @param low      the total at the bottom of the area
 * @param high     the total at the top of the area, above {@code low}
 * @param left     the area's left edge in pixels
 * @param top      the area's top edge in pixels
 * @param width    the area's width in pixels
 * @param height   the area's height in pixels
 */
record ChartScale(long firstDay, long lastDay, int low, int high, int left, int top, int width, int height) {

    private static final int MAX_TICKS = 6;

    /**
     * @param days   the dates of the assessments, in order, not empty
     * @param totals their totals, as many as days
     */
    static ChartScale of(List<LocalDate> days, List<Integer> totals, int left, int top, int width, int height) {
        int low = totals.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int high = totals.stream().mapToInt(Integer::intValue).max().orElseThrow();
        if (low == high) {
            // one level only: keep it in the middle rather than on an edge
            low--;
            high++;
        }
        return new ChartScale(days.get(0).toEpochDay(), days.get(days.size() - 1).toEpochDay(), low, high, left, top,
                width, height);
    }

    /** @return the horizontal pixel of a date; a single date sits in the middle */
    int x(LocalDate day) {
        if (lastDay == firstDay) {
            return left + width / 2;
        }
        return left + (int) Math.round((day.toEpochDay() - firstDay) * (double) width / (lastDay - firstDay));
    }

    /** @return the vertical pixel of a total */
    int y(int total) {
        return top + (int) Math.round((high - total) * (double) height / (high - low));
    }

    /** @return the totals to mark on the vertical axis, from low to high, at most six, whole steps */
    List<Integer> ticks() {
        int step = Math.max(1, (int) Math.ceil((high - low) / (double) (MAX_TICKS - 1)));
        List<Integer> ticks = new ArrayList<>();
        for (int value = low; value <= high; value += step) {
            ticks.add(value);
        }
        return ticks;
    }
}
