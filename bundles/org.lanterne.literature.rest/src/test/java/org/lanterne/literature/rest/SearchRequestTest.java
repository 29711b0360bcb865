package org.lanterne.literature.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lanterne.literature.api.Facet;
import org.lanterne.literature.api.FacetRequest;
import org.lanterne.literature.api.SortOrder;

class SearchRequestTest {

    @Test
    void defaultsToTheFirstPageOfTwentyByRelevanceWithEveryFacet() throws Exception {
        SearchRequest request = SearchRequest.of(Map.of("q", new String[] { "enfant" }));

        assertEquals("enfant", request.query());
        assertEquals(SortOrder.RELEVANCE, request.order());
        assertEquals(0, request.page());
        assertEquals(20, request.size());
        assertEquals(Facet.values().length, request.facets().size());
    }

    @Test
    void theLanguageFilterIsAddedToTheQueryAndShiftsErrorPositions() throws Exception {
        SearchRequest request = SearchRequest.of(Map.of("q", new String[] { "enfant OR abus" }, "lang", new String[] { "FR" },
                "facet", new String[] { "year,type", "tag" }, "sort", new String[] { "year" }, "page", new String[] { "3" }));

        assertEquals("(enfant OR abus) AND lang:fr", request.query());
        assertEquals(1, request.offset());
        assertEquals(SortOrder.YEAR_NEWEST_FIRST, request.order());
        assertEquals(2, request.page());
        assertEquals(Set.of(FacetRequest.of(Facet.YEAR), FacetRequest.of(Facet.DOCUMENT_TYPE), FacetRequest.of(Facet.TAG)),
                request.facets());
    }

    @Test
    void badParametersAreRefusedWithWhatIsExpected() {
        assertEquals("size must be a number from 1 to 100.",
                assertThrows(HttpProblem.class, () -> SearchRequest.of(Map.of("size", new String[] { "1000" }))).getMessage());
        assertEquals("sort must be relevance or year.",
                assertThrows(HttpProblem.class, () -> SearchRequest.of(Map.of("sort", new String[] { "title" }))).getMessage());
        assertEquals("lang must be one of fr, en, ar, und.",
                assertThrows(HttpProblem.class, () -> SearchRequest.of(Map.of("lang", new String[] { "de" }))).getMessage());
        assertEquals("facet must be among year, language, type, tag, country.",
                assertThrows(HttpProblem.class, () -> SearchRequest.of(Map.of("facet", new String[] { "author" }))).getMessage());
    }
}
