package org.lanterne.selfhelp.api;

/**
 * An outcome questionnaire of a programme: an instrument definition of the instruments capability,
 * answered at a given moment.
 *
 * @param id         unique within the programme (one instrument may be asked at several moments)
 * @param instrument the id of the instrument definition
 * @param when       {@code baseline} (at enrolment), {@code after-module:<moduleId>} (once that module
 *                   is done) or {@code follow-up} (once every module is done)
 */
public record Questionnaire(String id, String instrument, String when) {

    /** The moment at enrolment. */
    public static final String BASELINE = "baseline";
    /** The moment after every module. */
    public static final String FOLLOW_UP = "follow-up";
    /** The prefix of the moment after one module, followed by the module's id. */
    public static final String AFTER_MODULE = "after-module:";
}
