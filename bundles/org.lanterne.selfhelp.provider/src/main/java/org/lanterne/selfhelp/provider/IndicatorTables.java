package org.lanterne.selfhelp.provider;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lanterne.selfhelp.api.Count;
import org.lanterne.selfhelp.api.Indicators;
import org.lanterne.selfhelp.api.PeriodCount;
import org.lanterne.selfhelp.api.Programme;
import org.lanterne.selfhelp.api.StepCount;

/** A programme's indicators from the rows of its current participants, small counts suppressed. */
final class IndicatorTables {

    /**
     * What the indicators need of one participant.
     *
     * @param enrolledOn   the day of enrolment
     * @param lastActiveOn the last day a module was done or a questionnaire answered
     * @param modulesDone  the ids of the modules done
     * @param answered     the ids of the questionnaires answered
     */
    record Participant(LocalDate enrolledOn, LocalDate lastActiveOn, Set<String> modulesDone, Set<String> answered) {
    }

    private IndicatorTables() {
    }

    static Indicators of(Programme programme, List<Participant> participants, LocalDate today, int dropoutAfterDays) {
        int everyModule = programme.modules().size();
        long completed = participants.stream().filter(p -> p.modulesDone().size() >= everyModule).count();
        long dropouts = participants.stream()
                .filter(p -> p.modulesDone().size() < everyModule && p.lastActiveOn().plusDays(dropoutAfterDays).isBefore(today)).count();
        List<StepCount> modules = programme.modules().stream()
                .map(m -> new StepCount(m.id(), Suppression.count((int) participants.stream().filter(p -> p.modulesDone().contains(m.id())).count())))
                .toList();
        List<StepCount> questionnaires = programme.questionnaires().stream()
                .map(q -> new StepCount(q.id(), Suppression.count((int) participants.stream().filter(p -> p.answered().contains(q.id())).count())))
                .toList();
        return new Indicators(programme.id(), Suppression.count(participants.size()),
                periods(participants, d -> d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))),
                periods(participants, d -> d.getYear() + "-" + String.format("%02d", d.getMonthValue())),
                modules, questionnaires, Suppression.count((int) completed), Suppression.count((int) dropouts), dropoutAfterDays);
    }

    /** Enrolments per period, oldest first; the periods partition the enrolments, whose total is published. */
    private static List<PeriodCount> periods(List<Participant> participants, Function<LocalDate, String> period) {
        Map<String, Long> counted = participants.stream()
                .collect(Collectors.groupingBy(p -> period.apply(p.enrolledOn()), TreeMap::new, Collectors.counting()));
        List<String> names = new ArrayList<>(counted.keySet());
        List<Count> counts = Suppression.partition(counted.values().stream().map(Long::intValue).toList());
        List<PeriodCount> periods = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            periods.add(new PeriodCount(names.get(i), counts.get(i)));
        }
        return periods;
    }
}
