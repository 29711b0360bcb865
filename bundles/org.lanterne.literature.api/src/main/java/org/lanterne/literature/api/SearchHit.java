package org.lanterne.literature.api;

import java.util.List;

/**
 * One matching record.
 *
 * @param record   the record
 * @param score    its relevance score (comparable within one result only)
 * @param snippets passages of the text with the matched words between {@code <mark>} and
 *                 {@code </mark>}; the rest of each passage is HTML-escaped
 */
public record SearchHit(LiteratureRecord record, float score, List<String> snippets) {

    public SearchHit {
        snippets = List.copyOf(snippets);
    }
}
