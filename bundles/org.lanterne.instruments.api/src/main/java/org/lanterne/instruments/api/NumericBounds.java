package org.lanterne.instruments.api;

import java.math.BigDecimal;

/**
 * The answers a numeric item accepts.
 *
 * @param min         the smallest allowed value, inclusive
 * @param max         the largest allowed value, inclusive
 * @param integerOnly whether only whole numbers are allowed (counts)
 */
public record NumericBounds(BigDecimal min, BigDecimal max, boolean integerOnly) {
}
