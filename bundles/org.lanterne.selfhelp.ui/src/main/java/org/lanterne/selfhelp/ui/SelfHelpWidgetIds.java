package org.lanterne.selfhelp.ui;

/**
 * Names of the Self-help programmes part's controls, set with {@code setData(KEY, name)}, so that
 * tests and assistive tools find them whatever the language of the user interface.
 */
public final class SelfHelpWidgetIds {

    /** The data key under which the controls carry their name. */
    public static final String KEY = "org.lanterne.selfhelp.ui.widget";

    /** Why the part cannot show anything (no service, no session, no permission), or nothing. */
    public static final String NOTICE = "notice";
    /** The programme whose indicators are shown. */
    public static final String PROGRAMME = "programme";
    /** Reads the indicators and the shared records again. */
    public static final String REFRESH = "refresh";
    /** Enrolments, completions and dropouts of the chosen programme, in one line. */
    public static final String SUMMARY = "summary";
    /** Enrolments per ISO week: period, count. */
    public static final String BY_WEEK = "byweek";
    /** Enrolments per month: period, count. */
    public static final String BY_MONTH = "bymonth";
    /** The module completion funnel: module, count, share of enrolments. */
    public static final String MODULES = "modules";
    /** Questionnaire completion: questionnaire, when it is asked, count, share of enrolments. */
    public static final String QUESTIONNAIRES = "questionnaires";
    /** The participants who shared their record with the signed-in clinician, with their progress (clinicians only). */
    public static final String SHARED = "shared";
    /** How many participants shared their record with the signed-in clinician, or why they cannot be read. */
    public static final String SHARED_STATUS = "sharedstatus";

    private SelfHelpWidgetIds() {
    }
}
