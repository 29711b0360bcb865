package org.lanterne.literature.rest;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.servlet.http.HttpServletResponse;

import org.lanterne.literature.api.Facet;
import org.lanterne.literature.api.FacetRequest;
import org.lanterne.literature.api.SortOrder;

/**
 * The parameters of {@code GET /api/v1/literature/search}: {@code q} (the query language),
 * {@code lang} (fr, en, ar, und), {@code facet} (repeated or comma-separated: year, language,
 * type, tag, country; all when absent), {@code sort} (relevance or year, newest first),
 * {@code page} (from 1) and {@code size} (1 to 100, 20 by default).
 *
 * @param query  the query given to the search, with the language filter added
 * @param offset how many characters the query has before the user's {@code q}, for error positions
 */
record SearchRequest(String query, int offset, Set<FacetRequest> facets, SortOrder order, int page, int size) {

    static final int MAX_SIZE = 100;
    private static final int MAX_QUERY = 2_000;
    private static final Map<String, Facet> FACETS = Map.of("year", Facet.YEAR, "language", Facet.LANGUAGE, "lang",
            Facet.LANGUAGE, "type", Facet.DOCUMENT_TYPE, "tag", Facet.TAG, "country", Facet.COUNTRY);
    private static final Set<String> LANGUAGES = Set.of("fr", "en", "ar", "und");

    static SearchRequest of(Map<String, String[]> parameters) throws HttpProblem {
        String q = one(parameters, "q", "");
        if (q.length() > MAX_QUERY) {
            throw bad("The query has more than " + MAX_QUERY + " characters.");
        }
        String lang = one(parameters, "lang", "").toLowerCase(Locale.ROOT);
        String query = q;
        int offset = 0;
        if (!lang.isEmpty()) {
            if (!LANGUAGES.contains(lang)) {
                throw bad("lang must be one of fr, en, ar, und.");
            }
            query = q.isBlank() ? "lang:" + lang : "(" + q + ") AND lang:" + lang;
            offset = q.isBlank() ? 0 : 1;
        }
        SortOrder order = switch (one(parameters, "sort", "relevance")) {
            case "relevance" -> SortOrder.RELEVANCE;
            case "year" -> SortOrder.YEAR_NEWEST_FIRST;
            default -> throw bad("sort must be relevance or year.");
        };
        int page = number(parameters, "page", 1, 1, 10_000);
        int size = number(parameters, "size", 20, 1, MAX_SIZE);
        return new SearchRequest(query, offset, facets(parameters.get("facet")), order, page - 1, size);
    }

    private static Set<FacetRequest> facets(String[] values) throws HttpProblem {
        Set<Facet> facets = values == null ? EnumSet.allOf(Facet.class) : EnumSet.noneOf(Facet.class);
        for (String value : values == null ? new String[0] : values) {
            for (String name : value.split(",")) {
                Facet facet = FACETS.get(name.strip().toLowerCase(Locale.ROOT));
                if (facet == null) {
                    throw bad("facet must be among year, language, type, tag, country.");
                }
                facets.add(facet);
            }
        }
        Set<FacetRequest> requests = new LinkedHashSet<>();
        facets.forEach(f -> requests.add(FacetRequest.of(f)));
        return requests;
    }

    private static String one(Map<String, String[]> parameters, String name, String otherwise) throws HttpProblem {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0) {
            return otherwise;
        }
        if (values.length > 1) {
            throw bad("Give " + name + " once.");
        }
        return values[0];
    }

    private static int number(Map<String, String[]> parameters, String name, int otherwise, int min, int max)
            throws HttpProblem {
        String value = one(parameters, name, Integer.toString(otherwise));
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, with the range
        }
        throw bad(name + " must be a number from " + min + " to " + max + ".");
    }

    private static HttpProblem bad(String message) {
        return new HttpProblem(HttpServletResponse.SC_BAD_REQUEST, message);
    }
}
