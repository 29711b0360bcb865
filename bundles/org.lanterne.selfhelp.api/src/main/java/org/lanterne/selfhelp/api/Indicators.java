package org.lanterne.selfhelp.api;

import java.util.List;

/**
 * Aggregates of one programme over its current participants (withdrawn participants are erased,
 * so they count nowhere). No figure describes fewer than five people.
 *
 * @param programme          the programme's id
 * @param enrolments         current participants
 * @param enrolmentsByWeek   enrolments per ISO week, oldest first
 * @param enrolmentsByMonth  enrolments per month, oldest first
 * @param modules            the completion funnel: for each module in order, how many marked it done
 * @param questionnaires     for each questionnaire, how many answered it
 * @param completed          participants who marked every module done
 * @param dropouts           participants who have not completed and have not been active for {@code dropoutAfterDays}
 * @param dropoutAfterDays   the days without activity after which a participant counts as dropped out
 */
public record Indicators(String programme, Count enrolments, List<PeriodCount> enrolmentsByWeek, List<PeriodCount> enrolmentsByMonth,
        List<StepCount> modules, List<StepCount> questionnaires, Count completed, Count dropouts, int dropoutAfterDays) {

    public Indicators {
        enrolmentsByWeek = List.copyOf(enrolmentsByWeek);
        enrolmentsByMonth = List.copyOf(enrolmentsByMonth);
        modules = List.copyOf(modules);
        questionnaires = List.copyOf(questionnaires);
    }
}
