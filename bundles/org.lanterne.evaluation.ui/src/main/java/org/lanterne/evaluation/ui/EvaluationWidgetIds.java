package org.lanterne.evaluation.ui;

/**
 * Names of the Programme evaluation part's controls, set with {@code setData(KEY, name)}, so that
 * tests and assistive tools find them whatever the language of the user interface.
 */
public final class EvaluationWidgetIds {

    /** The data key under which the controls carry their name. */
    public static final String KEY = "org.lanterne.evaluation.ui.widget";

    /** Why the part cannot show anything (no service, no session, no permission), or nothing. */
    public static final String NOTICE = "notice";
    /** The programme whose indicators are shown. */
    public static final String PROGRAMME = "programme";
    /** The subgroup every table and chart is split by. */
    public static final String SUBGROUP = "subgroup";
    /** Where the data come from and how many people enrolled. */
    public static final String SUMMARY = "summary";
    /** Enrolments per month, one column per group. */
    public static final String BY_MONTH = "bymonth";
    /** Enrolments by site, one column per group (programmes with sites). */
    public static final String BY_SITE = "bysite";
    /** Enrolments by age band. */
    public static final String BY_AGE_BAND = "byageband";
    /** Enrolments by referral route. */
    public static final String BY_REFERRAL = "byreferral";
    /** The funnel: enrolled, then each module done or sessions attended. */
    public static final String FUNNEL = "funnel";
    /** Self-help dropouts by month. */
    public static final String DROPOUTS = "dropouts";
    /** Pre/post change per group: people, difference with its interval, d, g, reliable change. */
    public static final String CHANGE = "change";
    /** AUC per group: cases, controls, AUC with its interval. */
    public static final String ACCURACY = "accuracy";
    /** Calibration per group and band. */
    public static final String CALIBRATION = "calibration";
    /** Time to the outcome per group: people, events, survival at one, two and three years. */
    public static final String SURVIVAL = "survival";
    /** The log-rank test between the survival groups, or why it is withheld. */
    public static final String LOG_RANK = "logrank";
    /** The chart of enrolments per month. */
    public static final String ENROLMENT_CHART = "enrolmentchart";
    /** The chart of the Kaplan–Meier curves with their bands. */
    public static final String SURVIVAL_CHART = "survivalchart";
    /** The sessions recorded in the installation: a label when there are none, else one table per programme, named this, a colon and the programme. */
    public static final String RECORDED_SESSIONS = "recordedsessions";

    private EvaluationWidgetIds() {
    }
}
