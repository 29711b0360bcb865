package org.lanterne.literature.provider;

import java.util.List;

/** Names of the index fields. */
final class Fields {

    static final String ID = "id";
    static final String HASH = "hash";
    static final String DOI = "doi";
    static final String TITLE_STORED = "title";
    static final String AUTHOR = "author";
    static final String YEAR = "year";
    static final String LANGUAGE = "lang";
    static final String TYPE = "type";
    static final String TAG = "tag";
    static final String COUNTRY = "country";
    static final String FILE_NAME = "file";
    /** the file name split into words, searched with the title */
    static final String FILE_WORDS = "file_words";

    /** Bibliographic details, stored only (a reference's abstract is indexed as its text). */
    static final String WORK_TYPE = "work";
    static final String ABSTRACT = "abstract";
    static final String CONTAINER = "container";
    static final String VOLUME = "volume";
    static final String ISSUE = "issue";
    static final String PAGES = "pages";
    static final String PUBLISHER = "publisher";
    static final String URL = "url";

    /** Exact-value fields, searched through the keyword analyzer. */
    static final List<String> KEYWORDS = List.of(ID, HASH, DOI, LANGUAGE, TYPE, TAG, COUNTRY);

    /** Facet dimensions (names in the facets index field). */
    static final String FACET_YEAR = "year";
    static final String FACET_LANGUAGE = "lang";
    static final String FACET_TYPE = "type";
    static final String FACET_TAG = "tag";
    static final String FACET_COUNTRY = "country";

    private Fields() {
    }

    /** Written just before the text, which then comes last among the stored fields (see {@link RecordFields}). */
    static final String TEXT_LAST = "stored_text_last";
    static final String TEXT_PREFIX = "text_";

    static String text(String language) {
        return TEXT_PREFIX + language;
    }

    static String title(String language) {
        return "title_" + language;
    }
}
