package org.lanterne.literature.api;

/** The order of search results. */
public enum SortOrder {
    /** best match first; a match in the title counts more than one in the text */
    RELEVANCE,
    /** most recent first; records without a year last */
    YEAR_NEWEST_FIRST,
    /** oldest first; records without a year last */
    YEAR_OLDEST_FIRST
}
