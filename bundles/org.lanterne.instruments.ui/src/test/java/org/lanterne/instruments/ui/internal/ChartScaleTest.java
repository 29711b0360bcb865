package org.lanterne.instruments.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Where the history chart puts each assessment. */
class ChartScaleTest {

    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);

    @Test
    void datesSpreadInProportionToTheDaysBetweenThemAndTotalsRiseUpwards() {
        ChartScale scale = ChartScale.of(List.of(JANUARY, JANUARY.plusDays(10), JANUARY.plusDays(40)), List.of(2, 6, 4),
                40, 10, 400, 100);
        assertEquals(40, scale.x(JANUARY));
        assertEquals(140, scale.x(JANUARY.plusDays(10)));
        assertEquals(440, scale.x(JANUARY.plusDays(40)));
        assertEquals(110, scale.y(2));
        assertEquals(10, scale.y(6));
        assertEquals(60, scale.y(4));
    }

    @Test
    void oneAssessmentSitsInTheMiddle() {
        ChartScale scale = ChartScale.of(List.of(JANUARY), List.of(5), 0, 0, 200, 100);
        assertEquals(100, scale.x(JANUARY));
        assertEquals(50, scale.y(5));
        assertEquals(List.of(4, 5, 6), scale.ticks());
    }

    @Test
    void theAxisHasAtMostSixWholeTicks() {
        ChartScale scale = ChartScale.of(List.of(JANUARY, JANUARY.plusDays(1)), List.of(-3, 12), 0, 0, 100, 100);
        List<Integer> ticks = scale.ticks();
        assertTrue(ticks.size() <= 6, ticks.toString());
        assertEquals(-3, ticks.get(0));
        assertEquals(List.of(-3, 0, 3, 6, 9, 12), ticks);
    }
}
