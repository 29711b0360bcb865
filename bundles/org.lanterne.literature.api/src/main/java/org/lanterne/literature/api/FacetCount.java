package org.lanterne.literature.api;

/**
 * How many matching records have one value of a facet.
 *
 * @param value the value as displayed, for example {@code 2024} or {@code fr}
 * @param count the number of matching records
 */
public record FacetCount(String value, long count) {
}
