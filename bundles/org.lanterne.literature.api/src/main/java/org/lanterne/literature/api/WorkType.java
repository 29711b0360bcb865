package org.lanterne.literature.api;

/**
 * What kind of work a record describes, as reference managers classify them. Files imported
 * from disk are {@link #OTHER} until a user says more.
 */
public enum WorkType {
    /** an article in a journal */
    ARTICLE,
    /** a report, an evaluation, a policy document */
    REPORT,
    /** a book */
    BOOK,
    /** a chapter of a book */
    CHAPTER,
    /** a doctoral or master's thesis */
    THESIS,
    /** a web page */
    WEB_PAGE,
    /** anything else */
    OTHER
}
