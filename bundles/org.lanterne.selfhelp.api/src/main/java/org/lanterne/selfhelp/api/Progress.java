package org.lanterne.selfhelp.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a participant stands in their programme.
 *
 * @param programme      the programme's id
 * @param language       the language chosen at enrolment
 * @param enrolledOn     the day of enrolment (a day, never a time)
 * @param modules        each module in programme order, done or not
 * @param questionnaires each questionnaire, due or not, answered or not
 * @param progress       the share of modules done, from 0 to 1
 */
public record Progress(String programme, String language, LocalDate enrolledOn, List<ModuleProgress> modules,
        List<QuestionnaireStatus> questionnaires, double progress) {

    public Progress {
        modules = List.copyOf(modules);
        questionnaires = List.copyOf(questionnaires);
    }
}
