package org.lanterne.literature.api;

/**
 * Asks a search to count its matches by one dimension.
 *
 * @param facet the dimension
 * @param top   how many values to return at most, the most frequent first
 */
public record FacetRequest(Facet facet, int top) {

    public FacetRequest {
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1");
        }
    }

    /** @return a request for the ten most frequent values of {@code facet} */
    public static FacetRequest of(Facet facet) {
        return new FacetRequest(facet, 10);
    }
}
