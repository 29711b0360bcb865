package org.lanterne.instruments.api;

import java.math.BigDecimal;

/**
 * Points for a numeric answer in {@code [from, to)}.
 *
 * @param from   the lower end, inclusive; {@code null} for no lower end
 * @param to     the upper end, exclusive; {@code null} for no upper end
 * @param points the points given
 */
public record RangePoints(BigDecimal from, BigDecimal to, int points) {
}
