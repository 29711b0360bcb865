package org.lanterne.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large cohort, analysed from its CSV tables alone, gives back the truths it was generated from,
 * within a few standard errors. Nobody is lost to follow-up here, so that every client's outcome at
 * the horizon is known and plain proportions are unbiased.
 */
class GroundTruthRecoveryTest {

    private static final int CLIENTS = 20_000;

    @TempDir
    static Path folder;

    static GroundTruth truth;
    static Map<String, String> arms = new HashMap<>();
    static Map<String, CSVRecord> outcomes = new HashMap<>();
    static List<CSVRecord> assessments;

    @BeforeAll
    static void generate() throws IOException {
        CohortParameters demo = CohortParameters.demo();
        CohortParameters parameters = new CohortParameters(7, CLIENTS, 0, demo.firstEnrolment(), demo.enrolmentDays(), demo.horizonYears(),
                0.72, 0.15, 0.6, 0.5, 0.6, 0);
        truth = new CohortGenerator(parameters).write(folder);
        Cohorts.read(folder, "participants").forEach(p -> arms.put(p.get("participant_id"), p.get("arm")));
        Cohorts.read(folder, "outcomes").forEach(o -> outcomes.put(o.get("participant_id"), o));
        assessments = Cohorts.read(folder, "assessments");
    }

    @Test
    void theStaticTotalPredictsReoffendingWithTheTrueAuc() {
        List<Integer> cases = new ArrayList<>();
        List<Integer> nonCases = new ArrayList<>();
        for (CSVRecord assessment : assessments) {
            String id = assessment.get("participant_id");
            if (assessment.get("instrument").equals("static-99r") && arms.get(id).equals("usual-care")) {
                (reoffendedWithinHorizon(id) ? cases : nonCases).add(Integer.parseInt(assessment.get("total")));
            }
        }
        double auc = mannWhitneyAuc(cases, nonCases);
        assertEquals(0.72, truth.outcome().usualCareAuc(), 1e-6, "the calibration reaches the asked AUC");
        // standard error of an AUC near 0.72 with about 1,500 cases and 8,500 non-cases: about 0.008
        assertEquals(truth.outcome().usualCareAuc(), auc, 0.03);
    }

    @Test
    void eachArmReoffendsAtItsTrueRateWithinTheHorizon() {
        assertEquals(0.15, truth.outcome().usualCareEventRate(), 1e-6);
        assertTrue(truth.outcome().treatmentEventRate() < truth.outcome().usualCareEventRate(), "a hazard ratio of 0.6 lowers the rate");
        for (String arm : List.of("usual-care", "treatment")) {
            List<String> ids = arms.entrySet().stream().filter(e -> e.getValue().equals(arm)).map(Map.Entry::getKey).toList();
            double observed = ids.stream().filter(GroundTruthRecoveryTest::reoffendedWithinHorizon).count() / (double) ids.size();
            double expected = arm.equals("treatment") ? truth.outcome().treatmentEventRate() : truth.outcome().usualCareEventRate();
            double standardError = Math.sqrt(expected * (1 - expected) / ids.size());
            assertEquals(expected, observed, 4 * standardError, arm);
        }
    }

    @Test
    void treatmentLowersDynamicNeedsByTheTrueEffectAndUsualCareDoesNot() {
        Map<String, double[]> totals = new HashMap<>();
        for (CSVRecord assessment : assessments) {
            if (assessment.get("instrument").equals("dynamic-needs-example")) {
                double[] pair = totals.computeIfAbsent(assessment.get("participant_id"), id -> new double[2]);
                pair[assessment.get("occasion").equals("intake") ? 0 : 1] = Double.parseDouble(assessment.get("total"));
            }
        }
        double[] intake = totals.values().stream().mapToDouble(pair -> pair[0]).toArray();
        assertEquals(truth.needs().intakeMean(), mean(intake), 4 * sd(intake) / Math.sqrt(intake.length));
        assertEquals(truth.needs().intakeSd(), sd(intake), 0.05 * truth.needs().intakeSd());
        for (String arm : List.of("treatment", "usual-care")) {
            double[] change = totals.entrySet().stream().filter(e -> arms.get(e.getKey()).equals(arm))
                    .mapToDouble(e -> e.getValue()[0] - e.getValue()[1]).toArray();
            double expected = truth.needs().intakeMean() - (arm.equals("treatment") ? truth.needs().endMeanTreatment() : truth.needs().endMeanUsualCare());
            assertEquals(expected, mean(change), 4 * sd(change) / Math.sqrt(change.length), arm);
        }
        assertTrue(truth.needs().treatmentEffectSize() > 0.3 && truth.needs().treatmentEffectSize() < 0.5,
                "a latent drop of 0.5 shows as a smaller, positive effect on the coarse total: " + truth.needs().treatmentEffectSize());
    }

    @Test
    void everyClientHasThreeAssessmentsAndOneOutcome() {
        assertEquals(3L * CLIENTS, assessments.size());
        assertEquals(CLIENTS, outcomes.size());
        assertEquals(Map.of("participants", (long) CLIENTS, "sessions", truth.rows().get("sessions"), "assessments", 3L * CLIENTS,
                "self_help_modules", 0L, "outcomes", (long) CLIENTS), truth.rows());
    }

    private static boolean reoffendedWithinHorizon(String id) {
        CSVRecord outcome = outcomes.get(id);
        return outcome.get("reoffended").equals("1") && Long.parseLong(outcome.get("follow_up_days")) <= Math.round(3 * 365.25);
    }

    /** The AUC as P(case > non-case) + P(tie) / 2, counted pair by pair through a histogram. */
    private static double mannWhitneyAuc(List<Integer> cases, List<Integer> nonCases) {
        Map<Integer, Long> nonCaseCounts = new HashMap<>();
        nonCases.forEach(t -> nonCaseCounts.merge(t, 1L, Long::sum));
        double wins = 0;
        for (int c : cases) {
            for (var entry : nonCaseCounts.entrySet()) {
                wins += c > entry.getKey() ? entry.getValue() : c == entry.getKey() ? entry.getValue() / 2.0 : 0;
            }
        }
        return wins / ((double) cases.size() * nonCases.size());
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double sd(double[] values) {
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}
