package org.lanterne.evaluation.provider;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.lanterne.evaluation.api.CohortAssessment;
import org.lanterne.evaluation.api.ExportRefusedException;
import org.lanterne.evaluation.api.FollowUp;
import org.lanterne.evaluation.api.ModuleCompletion;
import org.lanterne.evaluation.api.Participant;
import org.lanterne.evaluation.api.SessionAttendance;
import org.lanterne.evaluation.api.VariableSet;
import org.lanterne.evaluation.disclosure.Hierarchy;
import org.lanterne.evaluation.export.Variable;

/**
 * The columns and records of each variable set, for the people of a programme enrolled in a period.
 * Quasi-identifiers are generalised by hierarchies that fit any cohort: sites, countries and
 * referral routes are shown or hidden, age bands are first widened to 18-34, 35-54 and 55+
 * (under 18 for youth bands).
 */
final class ExportDatasets {

    /** The columns of a dataset, and their records in the same order. */
    record Dataset(List<Variable> variables, List<String[]> rows) {
    }

    private final ProgrammeCohort cohort;
    private final List<Participant> people;

    ExportDatasets(ProgrammeCohort cohort, List<Participant> people) {
        this.cohort = cohort;
        this.people = people;
    }

    Dataset of(VariableSet set) {
        return set == VariableSet.ASSESSMENTS ? assessments() : participation();
    }

    private Dataset assessments() {
        if (people.stream().allMatch(p -> cohort.assessments.getOrDefault(p.id(), List.of()).isEmpty())) {
            throw new ExportRefusedException("Programme " + cohort.programme + " has no assessments in that period: "
                    + "choose the participation variable set.");
        }
        Columns columns = person(true);
        columns.add(Variable.category("instrument", "Instrument", Map.of()), null);
        columns.add(Variable.category("occasion", "Occasion", Map.of("intake", "Intake", "end-of-treatment", "End of treatment")), null);
        columns.add(Variable.date("assessed_on", "Day of the assessment"), null);
        columns.add(Variable.measure("total", "Total score", "points"), null);
        columns.add(Variable.category("band", "Band", Map.of()), null);
        outcome(columns);
        List<String[]> rows = new ArrayList<>();
        for (Participant person : people) {
            for (CohortAssessment a : cohort.assessments.getOrDefault(person.id(), List.of())) {
                rows.add(columns.row(person, a.instrument(), a.occasion(), a.assessedOn().toString(), number(a.total()), a.band()));
            }
        }
        return new Dataset(columns.variables, rows);
    }

    private Dataset participation() {
        Columns columns = person(false);
        boolean clinical = people.stream().anyMatch(p -> cohort.sessions.containsKey(p.id()));
        boolean selfHelp = cohort.moduleCount() > 0;
        if (clinical) {
            columns.add(Variable.measure("sessions_planned", "Sessions planned", "sessions"),
                    p -> Integer.toString(cohort.sessions.getOrDefault(p.id(), List.of()).size()));
            columns.add(Variable.measure("sessions_attended", "Sessions attended", "sessions"),
                    p -> Long.toString(cohort.sessions.getOrDefault(p.id(), List.of()).stream().filter(SessionAttendance::attended).count()));
        }
        if (selfHelp) {
            columns.add(Variable.measure("modules_done", "Modules done", "modules"),
                    p -> Integer.toString(cohort.modules.getOrDefault(p.id(), List.of()).size()));
            columns.add(Variable.date("last_module_on", "Day the last module was done"),
                    p -> cohort.modules.getOrDefault(p.id(), List.of()).stream().map(ModuleCompletion::completedOn).max(LocalDate::compareTo)
                            .map(Object::toString).orElse(""));
        }
        outcome(columns);
        return new Dataset(columns.variables, people.stream().map(columns::row).toList());
    }

    /** The columns every dataset starts with: who, where, from where, when enrolled. */
    private Columns person(boolean withoutCountry) {
        Columns columns = new Columns();
        columns.add(Variable.participant("participant", "Participant (identifier of this export)"), Participant::id);
        if (people.stream().anyMatch(p -> !p.arm().isBlank())) {
            columns.add(Variable.category("arm", "Arm", Map.of("treatment", "Treatment", "usual-care", "Usual care")), Participant::arm);
        }
        if (people.stream().allMatch(p -> !p.site().isBlank())) {
            columns.add(Variable.quasiIdentifier("site", "Site", shownOrHidden(people, Participant::site), Map.of()), Participant::site);
        }
        columns.add(Variable.quasiIdentifier("age_band", "Age band", ageBands(), Map.of()), Participant::ageBand);
        if (!withoutCountry) {
            columns.add(Variable.quasiIdentifier("country", "Country", shownOrHidden(people, Participant::country), Map.of()), Participant::country);
        }
        columns.add(Variable.quasiIdentifier("referral", "Referral route", shownOrHidden(people, Participant::referralRoute), Map.of()),
                Participant::referralRoute);
        columns.add(Variable.enrolmentDate("enrolled_on"), p -> p.enrolledOn().toString());
        return columns;
    }

    private void outcome(Columns columns) {
        if (people.stream().anyMatch(p -> cohort.followUps.containsKey(p.id()))) {
            Function<Participant, FollowUp> followUp = p -> cohort.followUps.get(p.id());
            columns.add(Variable.measure("follow_up_days", "Follow-up", "days"), p -> followUp.apply(p) == null ? "" : Integer.toString(followUp.apply(p).days()));
            columns.add(Variable.category("reoffended", "Re-offending detected", Map.of("0", "No", "1", "Yes")),
                    p -> followUp.apply(p) == null ? "" : followUp.apply(p).event() ? "1" : "0");
        }
    }

    private static Hierarchy shownOrHidden(List<Participant> people, Function<Participant, String> value) {
        Map<String, List<String>> levels = new HashMap<>();
        people.forEach(p -> levels.put(value.apply(p), List.of()));
        return Hierarchy.explicit(levels);
    }

    /** Age bands as written by the datasets (12-14, 25-34, 65+), widened once before they are hidden. */
    private static Hierarchy ageBands() {
        Map<String, List<String>> levels = new HashMap<>();
        for (String band : List.of("12-14", "15-17")) {
            levels.put(band, List.of("under-18"));
        }
        for (String band : List.of("18-24", "25-34")) {
            levels.put(band, List.of("18-34"));
        }
        for (String band : List.of("35-44", "45-54")) {
            levels.put(band, List.of("35-54"));
        }
        for (String band : List.of("55-64", "65+")) {
            levels.put(band, List.of("55+"));
        }
        return Hierarchy.explicit(levels);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** Columns in order: those with a value of the person, the others given per record. */
    private static final class Columns {
        final List<Variable> variables = new ArrayList<>();
        final List<Function<Participant, String>> ofPerson = new ArrayList<>();

        void add(Variable variable, Function<Participant, String> value) {
            variables.add(variable);
            ofPerson.add(value);
        }

        /** @param perRecord the values of the columns without a person's value, in order */
        String[] row(Participant person, String... perRecord) {
            String[] row = new String[variables.size()];
            int next = 0;
            for (int c = 0; c < row.length; c++) {
                row[c] = ofPerson.get(c) == null ? perRecord[next++] : ofPerson.get(c).apply(person);
            }
            return row;
        }
    }
}
