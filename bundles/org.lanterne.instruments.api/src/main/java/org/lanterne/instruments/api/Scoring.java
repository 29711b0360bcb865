package org.lanterne.instruments.api;

import java.util.List;
import java.util.Map;

/**
 * How a scored item gives points; exactly one of the three ways is used.
 *
 * @param weight points for "yes", or multiplied by an ordinal or whole numeric value; {@code null} if unused
 * @param points points by answer value ({@code "yes"}/{@code "no"} or a choice value); empty if unused
 * @param ranges points by numeric range; empty if unused
 */
public record Scoring(Integer weight, Map<String, Integer> points, List<RangePoints> ranges) {

    public Scoring {
        points = points == null ? Map.of() : Map.copyOf(points);
        ranges = ranges == null ? List.of() : List.copyOf(ranges);
    }
}
