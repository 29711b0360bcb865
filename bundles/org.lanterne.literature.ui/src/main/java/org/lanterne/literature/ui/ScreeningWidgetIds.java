package org.lanterne.literature.ui;

/**
 * Names of the Screening part's controls, set with {@code setData(KEY, name)} under the same key
 * as the Library's ({@link LiteratureWidgetIds#KEY}), so that tests and assistive tools find them
 * whatever the language of the user interface.
 */
public final class ScreeningWidgetIds {

    /** The data key under which the controls carry their name. */
    public static final String KEY = LiteratureWidgetIds.KEY;

    /** The data key under which each row of {@link #RECORDS} and {@link #CONFLICTS} holds its record id. */
    public static final String RECORD_ID_KEY = LiteratureWidgetIds.RECORD_ID_KEY;

    /** The review: the whole library, or the records of one tag. */
    public static final String REVIEW = "screening.review";
    /** Reads the review again: records, decisions, conflicts and counts. */
    public static final String REFRESH = "screening.refresh";
    /** How many records of the review the signed-in reviewer has screened. */
    public static final String PROGRESS = "screening.progress";
    /** Why the part cannot show or change the screening (no service, no session, no permission), or nothing. */
    public static final String NOTICE = "screening.notice";
    /** The tabs: screening, conflicts, PRISMA counts. */
    public static final String TABS = "screening.tabs";

    /** The records of the review: title, year and the signed-in reviewer's own decision. */
    public static final String RECORDS = "screening.records";
    /** The selected record: title, authors, year, tags, then its abstract or the beginning of its text. */
    public static final String DETAILS = "screening.details";
    /** Includes the selected record (key 1 in the records list). */
    public static final String INCLUDE = "screening.include";
    /** Excludes it, with the reason of {@link #REASON} (key 2). */
    public static final String EXCLUDE = "screening.exclude";
    /** Marks it maybe (key 3). */
    public static final String MAYBE = "screening.maybe";
    /** The reason to exclude: one of the list, or typed. */
    public static final String REASON = "screening.reason";
    /** The selected record's tags. */
    public static final String TAGS = "screening.tags";
    /** A tag to add. */
    public static final String TAG = "screening.tag";
    /** Adds the typed tag to the selected record. */
    public static final String ADD_TAG = "screening.addtag";
    /** Removes the tag selected in {@link #TAGS}. */
    public static final String REMOVE_TAG = "screening.removetag";
    /** The signed-in reviewer's notes about the selected record, oldest first. */
    public static final String NOTES = "screening.notes";
    /** A note to add. */
    public static final String NOTE = "screening.note";
    /** Adds the note. */
    public static final String ADD_NOTE = "screening.addnote";

    /** How many records are in conflict. */
    public static final String CONFLICTS_STATUS = "screening.conflictsstatus";
    /** The records on which the reviewers disagree, with each reviewer's decision and reason. */
    public static final String CONFLICTS = "screening.conflicts";
    /** Selects the chosen conflict's record in the screening tab, to decide about it again. */
    public static final String SCREEN_AGAIN = "screening.screenagain";

    /** The PRISMA counts: what is counted, and how many. */
    public static final String PRISMA = "screening.prisma";
    /** Copies the PRISMA counts as CSV. */
    public static final String COPY_PRISMA = "screening.copyprisma";

    /** The confirmation or refusal after an action. */
    public static final String MESSAGE = "screening.message";

    private ScreeningWidgetIds() {
    }
}
