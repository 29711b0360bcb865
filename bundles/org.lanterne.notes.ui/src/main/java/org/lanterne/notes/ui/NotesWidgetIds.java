package org.lanterne.notes.ui;

/**
 * Names of the Caseload part's controls, set with {@code setData(KEY, name)}, so that tests and
 * assistive tools find them whatever the language of the user interface.
 */
public final class NotesWidgetIds {

    /** The data key under which the controls carry their name. */
    public static final String KEY = "org.lanterne.notes.ui.widget";
    /** The data key of a table row holding the identifier of what it shows (case, session, flag, version). */
    public static final String ROW_KEY = "org.lanterne.notes.ui.row";

    /** Why the part cannot show anything (no service, no session, no permission), or nothing. */
    public static final String NOTICE = "notice";
    /** The data key of a search result's row holding the style ranges that highlight the found words in its passage. */
    public static final String HIGHLIGHTS_KEY = "org.lanterne.notes.ui.highlights";

    /** The tabs: caseload, session, timeline, search. */
    public static final String TABS = "tabs";

    /** The cases the user sees: client, programme, start, last and next session, latest band, open flags. */
    public static final String CASES = "cases";
    /** Open a case: the client's code, an alias, the programme and the start date. */
    public static final String NEW_CODE = "newcode";
    public static final String NEW_ALIAS = "newalias";
    public static final String NEW_PROGRAMME = "newprogramme";
    public static final String NEW_START = "newstart";
    public static final String OPEN_CASE = "opencase";
    /** Another clinician's account, to share or transfer the selected case to. */
    public static final String CLINICIAN = "clinician";
    public static final String SHARE = "share";
    public static final String TRANSFER = "transfer";
    /** Open risk flags: the supervisor's alerts, or those of the clinician's cases. */
    public static final String ALERTS = "alerts";
    public static final String RESOLVE = "resolve";
    /** What the last action on the caseload did, or why it failed. */
    public static final String CASELOAD_MESSAGE = "caseloadmessage";

    /** The case whose sessions are shown. */
    public static final String SESSION_CASE = "sessioncase";
    /** The sessions of the case. */
    public static final String SESSIONS = "sessions";
    public static final String NEW_SESSION = "newsession";
    public static final String DATE = "date";
    public static final String START = "start";
    public static final String MINUTES = "minutes";
    public static final String MODALITY = "modality";
    public static final String ATTENDANCE = "attendance";
    /** Other clients' codes for a group session, separated by commas. */
    public static final String ATTENDEES = "attendees";
    /** Goals addressed, one per line. */
    public static final String GOALS = "goals";
    public static final String SAVE_SESSION = "savesession";
    public static final String TEMPLATE = "template";
    /** Prefix of a section's text field, followed by the section's id. */
    public static final String SECTION_PREFIX = "section.";
    /** Whether the draft is saved, when, or why not. */
    public static final String DRAFT_STATUS = "draftstatus";
    public static final String SIGN = "sign";
    public static final String AMEND = "amend";
    public static final String REASON = "reason";
    public static final String SAVE_AMENDMENT = "saveamendment";
    /** The kind of risk to flag on the client of the session editor, and the button raising it. */
    public static final String FLAG_KIND = "flagkind";
    public static final String RAISE_FLAG = "raiseflag";
    /** The signed text and its amendments: what, who, when, why. */
    public static final String HISTORY = "history";
    /** The text of the version selected in the history. */
    public static final String VERSION_TEXT = "versiontext";
    /** What the last action on the session did, or why it failed. */
    public static final String SESSION_MESSAGE = "sessionmessage";

    /** The client whose timeline is shown, and the attendance rate. */
    public static final String TIMELINE_CASE = "timelinecase";
    public static final String ATTENDANCE_RATE = "attendancerate";
    /** Sessions, assessments and flags of the client, by day. */
    public static final String TIMELINE = "timeline";

    /** The search box, its button, what the search found (client, day, note or attached file, passage) and how to open a result. */
    public static final String SEARCH_QUERY = "searchquery";
    public static final String SEARCH = "search";
    public static final String SEARCH_RESULTS = "searchresults";
    public static final String OPEN_HIT = "openhit";
    /** How many results the search found, that it found none, or why it failed. */
    public static final String SEARCH_MESSAGE = "searchmessage";

    /** The session's attached files: name, size, whether their text was read for search or why not. */
    public static final String ATTACHMENTS = "attachments";
    /** A file's path to attach or to save a copy to; left empty, a file window asks for it. */
    public static final String ATTACHMENT_PATH = "attachmentpath";
    public static final String ATTACH = "attach";
    public static final String SAVE_COPY = "savecopy";
    /** Shown while a file is being attached and its text read. */
    public static final String ATTACHING = "attaching";
    /** What the last action on the attached files did, or why it failed. */
    public static final String ATTACHMENT_MESSAGE = "attachmentmessage";

    private NotesWidgetIds() {
    }
}
