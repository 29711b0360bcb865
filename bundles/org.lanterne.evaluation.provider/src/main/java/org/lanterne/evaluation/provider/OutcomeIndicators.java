package org.lanterne.evaluation.provider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.lanterne.evaluation.api.AccuracyIndicator;
import org.lanterne.evaluation.api.CalibrationIndicator;
import org.lanterne.evaluation.api.ChangeIndicator;
import org.lanterne.evaluation.api.CohortAssessment;
import org.lanterne.evaluation.api.FollowUp;
import org.lanterne.evaluation.api.Participant;
import org.lanterne.evaluation.api.PublishedTable;
import org.lanterne.evaluation.api.Subgroup;
import org.lanterne.evaluation.api.SurvivalCurve;
import org.lanterne.evaluation.statistics.BandCalibration;
import org.lanterne.evaluation.statistics.Interval;
import org.lanterne.evaluation.statistics.KaplanMeier;
import org.lanterne.evaluation.statistics.LogRank;
import org.lanterne.evaluation.statistics.PrePostChange;
import org.lanterne.evaluation.statistics.ReliableChange;
import org.lanterne.evaluation.statistics.RocAuc;

/**
 * Change, instrument validity and time to the outcome of a clinical programme's clients, per group.
 * Without a split, change and time to the outcome are shown per arm, the comparison a trial is
 * made for. Counts go through {@link Disclosure}; a statistic on fewer than 5 people is withheld.
 */
final class OutcomeIndicators {

    static final String INTAKE = "intake";
    static final String END = "end-of-treatment";
    private static final double DAYS_PER_MONTH = 365.25 / 12;
    private static final Interval CERTAIN = new Interval(1, 1);
    private static final Interval NONE = new Interval(Double.NaN, Double.NaN);

    private final ProgrammeCohort cohort;
    private final OutcomeSettings settings;
    private final Subgroup subgroup;
    private final Subgroup comparison;

    OutcomeIndicators(ProgrammeCohort cohort, OutcomeSettings settings, Subgroup subgroup) {
        this.cohort = cohort;
        this.settings = settings;
        this.subgroup = subgroup;
        this.comparison = subgroup == Subgroup.NONE ? Subgroup.ARM : subgroup;
    }

    List<ChangeIndicator> change() {
        Map<String, double[][]> pairs = new LinkedHashMap<>();
        cohort.split(comparison).forEach((group, people) -> {
            List<double[]> measured = new ArrayList<>();
            for (Participant person : people) {
                Optional<CohortAssessment> before = cohort.assessment(person, settings.changeInstrument(), INTAKE);
                Optional<CohortAssessment> after = cohort.assessment(person, settings.changeInstrument(), END);
                if (before.isPresent() && after.isPresent()) {
                    measured.add(new double[] { before.get().total(), after.get().total() });
                }
            }
            if (!measured.isEmpty()) {
                pairs.put(group, new double[][] { measured.stream().mapToDouble(p -> p[0]).toArray(), measured.stream().mapToDouble(p -> p[1]).toArray() });
            }
        });
        if (pairs.isEmpty()) {
            return List.of();
        }
        List<String> groups = List.copyOf(pairs.keySet());
        long[][] counts = new long[groups.size()][3];
        List<ReliableChange> reliable = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            double[][] pair = pairs.get(groups.get(g));
            ReliableChange rci = pair[0].length >= 2 ? ReliableChange.of(pair[0], pair[1], settings.reliability(), settings.lowerIsBetter()) : null;
            reliable.add(rci);
            counts[g] = rci == null ? new long[] { 0, pair[0].length, 0 } : new long[] { rci.improved(), rci.unchanged(), rci.deteriorated() };
        }
        PublishedTable shown = Disclosure.publish(groups, List.of("improved", "unchanged", "deteriorated"), counts);
        List<ChangeIndicator> lines = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            double[][] pair = pairs.get(groups.get(g));
            boolean enough = Disclosure.enoughPeople(pair[0].length);
            String people = shown.rowTotals().get(g);
            String improved = shown.cells().get(g).get(0);
            String deteriorated = shown.cells().get(g).get(2);
            lines.add(new ChangeIndicator(groups.get(g), people, enough ? PrePostChange.of(pair[0], pair[1]) : null, improved, deteriorated,
                    enough ? Disclosure.share(improved, people) : Double.NaN, enough ? Disclosure.share(deteriorated, people) : Double.NaN));
        }
        return lines;
    }

    List<AccuracyIndicator> accuracy() {
        Map<String, List<Known>> known = knownOutcomes();
        if (known.isEmpty()) {
            return List.of();
        }
        List<String> groups = List.copyOf(known.keySet());
        long[][] counts = new long[groups.size()][2];
        for (int g = 0; g < groups.size(); g++) {
            List<Known> people = known.get(groups.get(g));
            counts[g][0] = people.stream().filter(Known::event).count();
            counts[g][1] = people.size() - counts[g][0];
        }
        PublishedTable shown = Disclosure.publish(groups, List.of("cases", "controls"), counts);
        List<AccuracyIndicator> lines = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Known> people = known.get(groups.get(g));
            boolean enough = Disclosure.enoughPeople(counts[g][0]) && Disclosure.enoughPeople(counts[g][1]);
            RocAuc auc = enough ? RocAuc.of(people.stream().filter(Known::event).mapToDouble(k -> k.assessment().total()).toArray(),
                    people.stream().filter(k -> !k.event()).mapToDouble(k -> k.assessment().total()).toArray()) : null;
            lines.add(new AccuracyIndicator(groups.get(g), shown.cells().get(g).get(0), shown.cells().get(g).get(1), auc));
        }
        return lines;
    }

    List<CalibrationIndicator> calibration() {
        List<CalibrationIndicator> lines = new ArrayList<>();
        knownOutcomes().forEach((group, people) -> {
            Map<String, Double> expected = new LinkedHashMap<>(settings.expectedRates());
            people.stream().map(k -> k.assessment().band()).sorted().forEach(band -> expected.putIfAbsent(band, Double.NaN));
            String[] bands = people.stream().map(k -> k.assessment().band()).toArray(String[]::new);
            boolean[] events = new boolean[people.size()];
            for (int i = 0; i < events.length; i++) {
                events[i] = people.get(i).event();
            }
            List<BandCalibration> calibrated = BandCalibration.of(bands, events, expected);
            long[][] counts = calibrated.stream().map(c -> new long[] { c.events(), c.people() - c.events() }).toArray(long[][]::new);
            PublishedTable shown = Disclosure.publish(calibrated.stream().map(BandCalibration::band).toList(), List.of("events", "no-event"), counts);
            for (int b = 0; b < calibrated.size(); b++) {
                BandCalibration line = calibrated.get(b);
                String shownPeople = shown.rowTotals().get(b);
                String shownEvents = shown.cells().get(b).get(0);
                boolean publishable = Disclosure.enoughPeople(line.people()) && PublishedTable.shownCount(shownEvents).isPresent()
                        && PublishedTable.shownCount(shownPeople).isPresent();
                lines.add(new CalibrationIndicator(group, line.band(), shownPeople, shownEvents, publishable ? line.observedRate() : Double.NaN,
                        publishable ? line.interval() : NONE, line.expectedRate()));
            }
        });
        return lines;
    }

    List<SurvivalCurve> survival() {
        Map<String, List<FollowUp>> followed = followUps();
        if (followed.isEmpty()) {
            return List.of();
        }
        List<String> groups = List.copyOf(followed.keySet());
        long[][] counts = groups.stream().map(followed::get)
                .map(f -> new long[] { f.stream().filter(FollowUp::event).count(), f.stream().filter(e -> !e.event()).count() }).toArray(long[][]::new);
        PublishedTable shown = Disclosure.publish(groups, List.of("events", "censored"), counts);
        List<SurvivalCurve> curves = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<FollowUp> people = followed.get(groups.get(g));
            List<SurvivalCurve.Point> points = Disclosure.enoughPeople(people.size()) ? monthly(people) : List.of();
            curves.add(new SurvivalCurve(groups.get(g), shown.rowTotals().get(g), shown.cells().get(g).get(0), points));
        }
        return curves;
    }

    /** @return the test between the survival groups, or {@code null} when there is one group or a group has fewer than 5 people or 5 events */
    LogRank logRank() {
        Map<String, List<FollowUp>> followed = followUps();
        boolean testable = followed.size() >= 2 && followed.values().stream()
                .allMatch(f -> Disclosure.enoughPeople(f.size()) && Disclosure.enoughPeople(f.stream().filter(FollowUp::event).count()));
        if (!testable) {
            return null;
        }
        List<FollowUp> all = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        followed.forEach((group, people) -> people.forEach(f -> {
            all.add(f);
            groups.add(group);
        }));
        boolean[] events = new boolean[all.size()];
        for (int i = 0; i < events.length; i++) {
            events[i] = all.get(i).event();
        }
        return LogRank.test(all.stream().mapToDouble(FollowUp::days).toArray(), events, groups.toArray(String[]::new));
    }

    private List<SurvivalCurve.Point> monthly(List<FollowUp> people) {
        boolean[] events = new boolean[people.size()];
        for (int i = 0; i < events.length; i++) {
            events[i] = people.get(i).event();
        }
        KaplanMeier estimate = KaplanMeier.estimate(people.stream().mapToDouble(FollowUp::days).toArray(), events);
        int longest = people.stream().mapToInt(FollowUp::days).max().orElse(0);
        int months = (int) Math.floor(Math.min(longest, settings.horizonDays()) / DAYS_PER_MONTH);
        List<SurvivalCurve.Point> points = new ArrayList<>();
        for (int month = 0; month <= months; month++) {
            Optional<KaplanMeier.Step> step = estimate.stepAt(month * DAYS_PER_MONTH);
            points.add(new SurvivalCurve.Point(month, step.map(KaplanMeier.Step::survival).orElse(1.0), step.map(KaplanMeier.Step::interval)
                    .orElse(CERTAIN)));
        }
        return points;
    }

    /** @return the clients' follow-ups per comparison group */
    private Map<String, List<FollowUp>> followUps() {
        Map<String, List<FollowUp>> followed = new LinkedHashMap<>();
        cohort.split(comparison).forEach((group, people) -> {
            List<FollowUp> known = people.stream().map(p -> cohort.followUps.get(p.id())).filter(Objects::nonNull).toList();
            if (!known.isEmpty()) {
                followed.put(group, known);
            }
        });
        return followed;
    }

    /** A client of the validity arm whose outcome at the horizon is known, with their intake assessment. */
    private record Known(CohortAssessment assessment, boolean event) {
    }

    /** @return per group of the split: validity-arm clients assessed at intake who had the outcome within the horizon or were followed the whole horizon */
    private Map<String, List<Known>> knownOutcomes() {
        Map<String, List<Known>> known = new LinkedHashMap<>();
        cohort.split(subgroup).forEach((group, people) -> {
            List<Known> selected = new ArrayList<>();
            for (Participant person : people) {
                FollowUp followUp = cohort.followUps.get(person.id());
                Optional<CohortAssessment> intake = cohort.assessment(person, settings.validityInstrument(), INTAKE);
                boolean inArm = settings.validityArm().isEmpty() || settings.validityArm().equals(person.arm());
                if (followUp == null || intake.isEmpty() || !inArm) {
                    continue;
                }
                boolean event = followUp.event() && followUp.days() <= settings.horizonDays();
                if (event || followUp.days() >= settings.horizonDays()) {
                    selected.add(new Known(intake.get(), event));
                }
            }
            if (!selected.isEmpty()) {
                known.put(group, selected);
            }
        });
        return known;
    }
}
