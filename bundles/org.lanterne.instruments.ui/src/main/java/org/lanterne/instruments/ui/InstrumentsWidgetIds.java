package org.lanterne.instruments.ui;

/**
 * Names of the Assessments part's controls, set with {@code setData(KEY, name)}, so that tests and
 * assistive tools find them whatever the language of the user interface. The answer controls of
 * the generated form are named after the definition's item ids and choice values.
 */
public final class InstrumentsWidgetIds {

    /** The data key under which the controls carry their name. */
    public static final String KEY = "org.lanterne.instruments.ui.widget";

    /**
     * The data key under which the {@link #MESSAGE} and {@link #CODE_MESSAGE} labels say whether
     * they show a problem ({@code "true"}) or a confirmation ({@code "false"}).
     */
    public static final String ERROR_KEY = "org.lanterne.instruments.ui.error";

    /** The data key under which the {@link #INSTRUMENT} combo holds the instrument id of each entry (a {@code String[]}). */
    public static final String INSTRUMENT_IDS_KEY = "org.lanterne.instruments.ui.instrumentids";

    /** The choice of instrument; its entries are titles in the user's language with the version. */
    public static final String INSTRUMENT = "instrument";
    /** The participant code. */
    public static final String CODE = "code";
    /** Says what is wrong with the participant code, or nothing. */
    public static final String CODE_MESSAGE = "codemessage";
    /** The day of the assessment. */
    public static final String DATE = "date";
    /** Why the part cannot record (no service, no session, no permission), or nothing. */
    public static final String NOTICE = "notice";

    /** The main total as scored so far. */
    public static final String TOTAL = "total";
    /** The band of the main total, or the final judgement of a structured professional judgement. */
    public static final String BAND = "band";
    /** The scored items not answered yet. */
    public static final String MISSING = "missing";
    /** Why the answers cannot be scored, one line per problem. */
    public static final String ERRORS = "errors";
    /** Records the assessment. */
    public static final String SAVE = "save";
    /** Empties the form for the next assessment. */
    public static final String CLEAR = "clear";
    /** The confirmation or refusal after saving. */
    public static final String MESSAGE = "message";

    /** The participant's assessments of the chosen instrument: date, rater, total, change, band. */
    public static final String HISTORY = "history";
    /** The line chart of the totals over time. */
    public static final String CHART = "chart";

    /** Prefix of an item's answer control (a numeric field or a combo): {@code item.<itemId>}. */
    public static final String ITEM_PREFIX = "item.";
    /** Between the item id and the value in a radio button's name: {@code item.<itemId>=<value>}. */
    public static final String VALUE_SEPARATOR = "=";
    /** The value of the yes radio button of a yes/no item. */
    public static final String YES = "yes";
    /** The value of the no radio button of a yes/no item. */
    public static final String NO = "no";

    /**
     * @param itemId an item of the definition
     * @return the name of its numeric field or combo, e.g. {@code item.ageAtRelease}
     */
    public static String item(String itemId) {
        return ITEM_PREFIX + itemId;
    }

    /**
     * @param itemId an item of the definition
     * @param value  a choice value, or {@link #YES} / {@link #NO}
     * @return the name of the radio button for that answer, e.g. {@code item.maleVictims=yes}
     */
    public static String choice(String itemId, String value) {
        return ITEM_PREFIX + itemId + VALUE_SEPARATOR + value;
    }

    private InstrumentsWidgetIds() {
    }
}
