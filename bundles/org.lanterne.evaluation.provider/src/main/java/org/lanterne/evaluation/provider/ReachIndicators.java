package org.lanterne.evaluation.provider;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.lanterne.evaluation.api.ModuleCompletion;
import org.lanterne.evaluation.api.Participant;
import org.lanterne.evaluation.api.PublishedTable;
import org.lanterne.evaluation.api.SessionAttendance;
import org.lanterne.evaluation.api.Subgroup;

/** Reach and retention: who enrols, when, from where, and how far they go. Every count is published through {@link Disclosure}. */
final class ReachIndicators {

    static final String ENROLLED = "enrolled";

    private final ProgrammeCohort cohort;
    private final Subgroup subgroup;
    private final List<String> groups;

    ReachIndicators(ProgrammeCohort cohort, Subgroup subgroup) {
        this.cohort = cohort;
        this.subgroup = subgroup;
        this.groups = cohort.groups(subgroup);
    }

    PublishedTable enrolmentsByMonth() {
        return byRow(months(cohort.people.stream().map(Participant::enrolledOn).toList()), p -> YearMonth.from(p.enrolledOn()).toString());
    }

    /** @return enrolments by site, or {@code null} for a programme without sites */
    PublishedTable enrolmentsBySite() {
        return cohort.people.stream().allMatch(p -> p.site() == null || p.site().isBlank()) ? null : byCategory(Subgroup.SITE);
    }

    PublishedTable enrolmentsByAgeBand() {
        return byCategory(Subgroup.AGE_BAND);
    }

    PublishedTable enrolmentsByReferralRoute() {
        return byCategory(Subgroup.REFERRAL_ROUTE);
    }

    /**
     * @return for self-help programmes: enrolled, then each module done; for clinical programmes: enrolled, then
     *         attended at least one session, at least half of their planned sessions, all of them
     */
    PublishedTable funnel() {
        int modules = cohort.moduleCount();
        List<String> steps = new ArrayList<>(List.of(ENROLLED));
        List<Predicate<Participant>> reached = new ArrayList<>(List.of(p -> true));
        if (modules > 0) {
            for (int m = 1; m <= modules; m++) {
                int module = m;
                steps.add("module-" + m);
                reached.add(p -> cohort.modules.getOrDefault(p.id(), List.of()).stream().anyMatch(done -> done.module() == module));
            }
        } else {
            steps.addAll(List.of("attended-one-session", "attended-half-of-sessions", "attended-every-session"));
            reached.add(p -> attended(p) >= 1);
            reached.add(p -> attended(p) > 0 && 2 * attended(p) >= planned(p));
            reached.add(p -> attended(p) > 0 && attended(p) == planned(p));
        }
        long[][] counts = new long[steps.size()][groups.size()];
        for (Participant person : cohort.people) {
            int column = groups.indexOf(subgroup.groupOf(person));
            for (int step = 0; step < steps.size(); step++) {
                counts[step][column] += reached.get(step).test(person) ? 1 : 0;
            }
        }
        return Disclosure.publish(steps, groups, counts);
    }

    /**
     * @return self-help dropouts (people whose last module done is not the programme's last) by the month of their last
     *         module, or of enrolment when they did none; {@code null} for programmes without modules
     */
    PublishedTable dropoutsByMonth() {
        int modules = cohort.moduleCount();
        if (modules == 0) {
            return null;
        }
        Function<Participant, LocalDate> stopped = p -> cohort.modules.getOrDefault(p.id(), List.of()).stream().map(ModuleCompletion::completedOn)
                .max(LocalDate::compareTo).orElse(p.enrolledOn());
        Predicate<Participant> droppedOut = p -> cohort.modules.getOrDefault(p.id(), List.of()).stream().noneMatch(m -> m.module() == modules);
        List<String> months = months(cohort.people.stream().map(stopped).toList());
        return byRow(months, p -> droppedOut.test(p) ? YearMonth.from(stopped.apply(p)).toString() : null);
    }

    private PublishedTable byCategory(Subgroup category) {
        return byRow(cohort.groups(category), category::groupOf);
    }

    /** @param row each person's row, or {@code null} to leave them out */
    private PublishedTable byRow(List<String> rows, Function<Participant, String> row) {
        long[][] counts = new long[rows.size()][groups.size()];
        for (Participant person : cohort.people) {
            String label = row.apply(person);
            if (label != null) {
                counts[rows.indexOf(label)][groups.indexOf(subgroup.groupOf(person))]++;
            }
        }
        return Disclosure.publish(rows, groups, counts);
    }

    /** @return every month from the first day's to the last's, so that months without anybody show as 0 */
    private static List<String> months(List<LocalDate> days) {
        YearMonth first = YearMonth.from(days.stream().min(LocalDate::compareTo).orElseThrow());
        YearMonth last = YearMonth.from(days.stream().max(LocalDate::compareTo).orElseThrow());
        List<String> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month.toString());
        }
        return months;
    }

    private long attended(Participant person) {
        return cohort.sessions.getOrDefault(person.id(), List.of()).stream().filter(SessionAttendance::attended).count();
    }

    private long planned(Participant person) {
        return cohort.sessions.getOrDefault(person.id(), List.of()).size();
    }
}
