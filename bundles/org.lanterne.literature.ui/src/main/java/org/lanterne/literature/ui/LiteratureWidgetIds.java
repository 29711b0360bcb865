package org.lanterne.literature.ui;

/**
 * Names of the Library part's controls and of its import window, set with
 * {@code setData(KEY, name)}, so that tests and assistive tools find them whatever the language of
 * the user interface.
 */
public final class LiteratureWidgetIds {

    /** The data key under which the controls carry their name. */
    public static final String KEY = "org.lanterne.literature.ui.widget";

    /** The data key under which each row of the {@link #RESULTS} table holds its record id. */
    public static final String RECORD_ID_KEY = "org.lanterne.literature.ui.recordid";

    /**
     * The data key under which the {@link #RESULTS} table holds the query (in the query language, with
     * the facet filters) that its rows answer, once they do.
     */
    public static final String ANSWERED_KEY = "org.lanterne.literature.ui.answered";

    /** The search box: results follow as you type. */
    public static final String QUERY = "query";
    /** The order of results: relevance, newest first or oldest first. */
    public static final String SORT = "sort";
    /** How many records match, or why the search cannot be read. */
    public static final String STATUS = "status";
    /** Why the part cannot search or change the library (no service, no session, no permission), or nothing. */
    public static final String NOTICE = "notice";
    /** The matching records: title, authors, year, language and the highlighted passage. */
    public static final String RESULTS = "results";
    /** Loads the next page of results. */
    public static final String MORE = "more";

    /** The facet filters, one group per facet. */
    public static final String FACETS = "facets";
    /** Prefix of a facet value's check box: {@code facet.<FACET>=<value>}, e.g. {@code facet.YEAR=2024}. */
    public static final String FACET_PREFIX = "facet.";

    /** The selected record: its metadata, then its passages with the hits highlighted. */
    public static final String PREVIEW = "preview";
    /** Lists the records like the selected one. */
    public static final String MORE_LIKE_THIS = "morelikethis";
    /** The records like the selected one. */
    public static final String SIMILAR = "similar";

    /** Opens the import window (researchers only). */
    public static final String IMPORT = "import";
    /** Opens the correction of the selected record's metadata (researchers only). */
    public static final String CORRECT = "correct";
    /** Exports the selected records as a reference list. */
    public static final String EXPORT = "export";
    /** The confirmation or refusal after an action. */
    public static final String MESSAGE = "message";

    /** The import window's shell. */
    public static final String IMPORT_SHELL = "importshell";
    /** A file or folder path to add to the import. */
    public static final String IMPORT_PATH = "importpath";
    /** Adds the typed path to the import. */
    public static final String IMPORT_ADD = "importadd";
    /** Chooses files to add to the import. */
    public static final String IMPORT_FILES = "importfiles";
    /** Chooses a folder to add to the import. */
    public static final String IMPORT_FOLDER = "importfolder";
    /** The files and folders to import. */
    public static final String IMPORT_LIST = "importlist";
    /** Starts the import. */
    public static final String IMPORT_START = "importstart";
    /** The import's progress, in files. */
    public static final String IMPORT_PROGRESS = "importprogress";
    /** Files done and to do, then the summary of the report. */
    public static final String IMPORT_STATUS = "importstatus";
    /** Stops the import after the file in hand. */
    public static final String IMPORT_CANCEL = "importcancel";
    /** The report: one row per file, with its outcome and the reason. */
    public static final String IMPORT_REPORT = "importreport";

    /**
     * @param facet a facet's name, as {@code org.lanterne.literature.api.Facet} spells it
     * @param value one of its values
     * @return the name of that value's check box
     */
    public static String facet(String facet, String value) {
        return FACET_PREFIX + facet + "=" + value;
    }

    private LiteratureWidgetIds() {
    }
}
