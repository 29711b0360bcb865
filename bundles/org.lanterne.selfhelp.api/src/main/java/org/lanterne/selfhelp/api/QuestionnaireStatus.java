package org.lanterne.selfhelp.api;

/**
 * One questionnaire of a participant's programme.
 *
 * @param questionnaire the questionnaire's id in the programme
 * @param instrument    the instrument's id
 * @param when          when it is asked ({@link Questionnaire#when()})
 * @param due           whether its moment has come and it is not answered yet
 * @param done          whether the participant answered it
 */
public record QuestionnaireStatus(String questionnaire, String instrument, String when, boolean due, boolean done) {
}
