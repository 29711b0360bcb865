package org.lanterne.literature.api;

/** The dimensions search results are counted by. */
public enum Facet {
    YEAR, LANGUAGE, DOCUMENT_TYPE, TAG, COUNTRY
}
