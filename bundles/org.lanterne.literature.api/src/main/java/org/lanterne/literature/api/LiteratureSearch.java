package org.lanterne.literature.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Searches the library. The query language is described in {@code docs/literature.md}: words,
 * {@code "phrases"}, {@code AND}/{@code OR}/{@code NOT}, wildcards, {@code fuzzy~}, and the
 * fields {@code title:}, {@code author:}, {@code year:2020..2024}, {@code lang:}, {@code type:},
 * {@code tag:}, {@code country:}.
 */
@ProviderType
public interface LiteratureSearch {

    /**
     * @param query  the query; blank matches every record
     * @param facets the facets to count over all matches
     * @param order  the order of hits
     * @param page   zero-based page number
     * @param size   hits per page, at least 1
     * @return the page of hits, the total and the facet counts
     * @throws QuerySyntaxException if the query cannot be parsed
     */
    SearchResult search(String query, Set<FacetRequest> facets, SortOrder order, int page, int size)
            throws QuerySyntaxException;

    /**
     * The whole stored text of a record with every hit of a query marked, for a preview: HTML-escaped,
     * each hit between {@code <mark>} and {@code </mark>}, as snippets are. A blank query, or one
     * the record does not match, marks nothing.
     *
     * @return the marked text, empty if there is no such record
     * @throws QuerySyntaxException if the query cannot be parsed
     */
    Optional<String> highlight(String id, String query) throws QuerySyntaxException;

    /**
     * @param id   a record's id
     * @param size how many similar records to return at most
     * @return records whose text is most similar to that record's, best first, without it;
     *         empty if there is no such record
     */
    List<SearchHit> moreLikeThis(String id, int size);
}
