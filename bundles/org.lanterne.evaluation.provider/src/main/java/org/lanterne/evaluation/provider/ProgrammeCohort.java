package org.lanterne.evaluation.provider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lanterne.evaluation.api.Cohort;
import org.lanterne.evaluation.api.CohortAssessment;
import org.lanterne.evaluation.api.FollowUp;
import org.lanterne.evaluation.api.ModuleCompletion;
import org.lanterne.evaluation.api.Participant;
import org.lanterne.evaluation.api.SessionAttendance;
import org.lanterne.evaluation.api.Subgroup;

/** The part of a cohort that belongs to one programme, indexed by person, people in order of id. */
final class ProgrammeCohort {

    final String programme;
    final List<Participant> people;
    final Map<String, List<SessionAttendance>> sessions;
    final Map<String, List<CohortAssessment>> assessments;
    final Map<String, List<ModuleCompletion>> modules;
    final Map<String, FollowUp> followUps;

    ProgrammeCohort(Cohort cohort, String programme) {
        this.programme = programme;
        this.people = cohort.participants().stream().filter(p -> p.programme().equals(programme)).sorted(Comparator.comparing(Participant::id)).toList();
        if (people.isEmpty()) {
            throw new NoSuchElementException("There is no programme '" + programme + "' in the evaluation data.");
        }
        Map<String, Participant> ids = people.stream().collect(Collectors.toMap(Participant::id, Function.identity()));
        this.sessions = byPerson(cohort.sessions(), SessionAttendance::participant, ids);
        this.assessments = byPerson(cohort.assessments(), CohortAssessment::participant, ids);
        this.modules = byPerson(cohort.modules(), ModuleCompletion::participant, ids);
        Map<String, FollowUp> followed = new HashMap<>();
        cohort.followUps().stream().filter(f -> ids.containsKey(f.participant())).forEach(f -> followed.put(f.participant(), f));
        this.followUps = Map.copyOf(followed);
    }

    /** @return the groups of a split, sorted */
    List<String> groups(Subgroup subgroup) {
        return people.stream().map(subgroup::groupOf).distinct().sorted().toList();
    }

    /** @return the programme's last module: the highest anybody did; 0 for programmes without modules */
    int moduleCount() {
        return modules.values().stream().flatMap(List::stream).mapToInt(ModuleCompletion::module).max().orElse(0);
    }

    /** @return the person's assessment with the instrument on the occasion, if any */
    Optional<CohortAssessment> assessment(Participant person, String instrument, String occasion) {
        return assessments.getOrDefault(person.id(), List.of()).stream()
                .filter(a -> a.instrument().equals(instrument) && a.occasion().equals(occasion)).findFirst();
    }

    /** @return the people of each group of the split, groups sorted */
    Map<String, List<Participant>> split(Subgroup subgroup) {
        Map<String, List<Participant>> groups = new LinkedHashMap<>();
        groups(subgroup).forEach(g -> groups.put(g, new ArrayList<>()));
        people.forEach(p -> groups.get(subgroup.groupOf(p)).add(p));
        return groups;
    }

    private static <T> Map<String, List<T>> byPerson(List<T> rows, Function<T, String> person, Map<String, Participant> ids) {
        return rows.stream().filter(r -> ids.containsKey(person.apply(r))).collect(Collectors.groupingBy(person));
    }
}
