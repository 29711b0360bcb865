package org.lanterne.literature.api;

import java.util.List;
import java.util.Map;

/**
 * One page of matches.
 *
 * @param total  how many records match in all
 * @param hits   the matches of the requested page
 * @param facets the counts per requested facet, values ordered by decreasing count
 */
public record SearchResult(long total, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
