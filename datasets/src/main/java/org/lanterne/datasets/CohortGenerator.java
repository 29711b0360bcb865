package org.lanterne.datasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.lanterne.instruments.api.ScoreResult;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Writes a synthetic cohort as CSV tables, with {@code ground-truth.json} holding the parameters and
 * the true values an analysis of the tables should recover. docs/datasets.md describes every table.
 * <p>
 * All draws come from one seeded generator in a fixed order, so the same parameters give the same
 * bytes. Clients are written as they are drawn; only their STATIC-99R totals and arms are kept in
 * memory until their outcomes can be drawn, so cohorts with millions of assessments fit easily.
 */
public final class CohortGenerator {

    static final int SELF_HELP_ADULT_MODULES = 8;
    static final int SELF_HELP_YOUTH_MODULES = 6;
    static final int TREATMENT_WEEKS = 26;
    static final int USUAL_CARE_MONTHS = 6;
    static final int END_OF_TREATMENT_DAY = 182;

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final CohortParameters parameters;
    private final RandomGenerator random;
    private final Population population;
    private final AnswerModel answers;
    private final Instruments instruments = new Instruments();

    public CohortGenerator(CohortParameters parameters) {
        this.parameters = parameters;
        this.random = new Well19937c(parameters.seed());
        this.population = new Population(random);
        this.answers = new AnswerModel(random);
    }

    /**
     * @param folder where the tables go; created if missing, files of an earlier cohort are replaced
     * @return what was written and the true values
     * @throws IllegalArgumentException if the parameters cannot be met (for example an AUC the totals cannot reach)
     */
    public GroundTruth write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<String, Long> rows = new LinkedHashMap<>();
        int[] staticTotals = new int[parameters.clients()];
        boolean[] treated = new boolean[parameters.clients()];
        int[] enrolmentDays = new int[parameters.clients()];
        try (Table participants = new Table(folder, "participants", "participant_id", "programme", "site", "arm", "age_band",
                "country", "referral_route", "enrolled_on");
                Table sessions = new Table(folder, "sessions", "participant_id", "session_date", "modality", "attendance");
                Table assessments = new Table(folder, "assessments", "assessment_id", "participant_id", "instrument",
                        "instrument_version", "occasion", "assessed_on", "total", "band", "answers");
                Table modules = new Table(folder, "self_help_modules", "participant_id", "module", "completed_on")) {
            Counter assessmentIds = new Counter("A", 7);
            for (int client = 0; client < parameters.clients(); client++) {
                String id = clientId(client);
                treated[client] = client % 2 == 0 ? random.nextBoolean() : !treated[client - 1]; // 1:1 in blocks of two
                enrolmentDays[client] = random.nextInt(parameters.enrolmentDays());
                staticTotals[client] = writeClient(id, treated[client], enrolmentDays[client], participants, sessions, assessments, assessmentIds);
            }
            for (int person = 0; person < parameters.selfHelpParticipants(); person++) {
                writeSelfHelpParticipant(String.format("H%06d", person + 1), participants, modules);
            }
            rows.put("participants", participants.rows());
            rows.put("sessions", sessions.rows());
            rows.put("assessments", assessments.rows());
            rows.put("self_help_modules", modules.rows());
        }
        GroundTruth truth = writeOutcomes(folder, staticTotals, treated, enrolmentDays, rows);
        JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve("ground-truth.json").toFile(), truth);
        return truth;
    }

    /** @return the client's STATIC-99R total */
    private int writeClient(String id, boolean treatment, int enrolmentDay, Table participants, Table sessions, Table assessments,
            Counter assessmentIds) throws IOException {
        LocalDate enrolled = parameters.firstEnrolment().plusDays(enrolmentDay);
        String ageBand = population.adultAgeBand();
        participants.row(id, Population.TREATMENT_PROGRAMME, population.site(), treatment ? Population.TREATMENT : Population.USUAL_CARE,
                ageBand, "MA", population.clientRoute(), enrolled);

        int[] ages = Population.ageRange(ageBand);
        double age = ages[0] + random.nextDouble() * ages[1];
        double risk = random.nextGaussian();
        // Needs and risk are related but distinct: a correlation of 0.4 between the two latent levels.
        double needAtIntake = 0.4 * risk + Math.sqrt(1 - 0.16) * random.nextGaussian();
        double correlation = parameters.prePostCorrelation();
        double needAtEnd = correlation * needAtIntake + Math.sqrt(1 - correlation * correlation) * random.nextGaussian()
                - (treatment ? parameters.trueNeedsEffect() : 0);

        LocalDate intake = enrolled.plusDays(3);
        Map<String, Object> staticAnswers = answers.static99r(risk, Math.max(18, age - random.nextDouble() * 3));
        ScoreResult staticResult = instruments.score(instruments.static99r, staticAnswers);
        writeAssessment(assessments, assessmentIds.next(), id, "intake", intake, staticAnswers, staticResult);
        Map<String, Object> needsAtIntake = answers.ordinal(instruments.dynamicNeeds, needAtIntake);
        writeAssessment(assessments, assessmentIds.next(), id, "intake", intake, needsAtIntake,
                instruments.score(instruments.dynamicNeeds, needsAtIntake));
        Map<String, Object> needsAtEnd = answers.ordinal(instruments.dynamicNeeds, needAtEnd);
        writeAssessment(assessments, assessmentIds.next(), id, "end-of-treatment", enrolled.plusDays(END_OF_TREATMENT_DAY), needsAtEnd,
                instruments.score(instruments.dynamicNeeds, needsAtEnd));

        writeSessions(sessions, id, enrolled, treatment);
        return staticResult.totals().values().iterator().next();
    }

    private void writeAssessment(Table assessments, String assessmentId, String participantId, String occasion, LocalDate on,
            Map<String, Object> given, ScoreResult result) throws IOException {
        assessments.row(assessmentId, participantId, result.instrumentId(), result.instrumentVersion(), occasion, on,
                result.totals().values().iterator().next(), result.band() == null ? "" : result.band().code(), JSON.writeValueAsString(given));
    }

    /** Weekly sessions under treatment, monthly appointments under usual care; attendance follows a personal propensity. */
    private void writeSessions(Table sessions, String id, LocalDate enrolled, boolean treatment) throws IOException {
        double propensity = new BetaDistribution(random, 9, 2).sample();
        int count = treatment ? TREATMENT_WEEKS : USUAL_CARE_MONTHS;
        for (int n = 1; n <= count; n++) {
            LocalDate day = treatment ? enrolled.plusWeeks(n) : enrolled.plusMonths(n);
            String modality = treatment ? population.treatmentModality() : "individual";
            sessions.row(id, day, modality, attendance(propensity));
        }
    }

    private String attendance(double propensity) {
        double u = random.nextDouble();
        if (u < propensity * 0.9) {
            return "attended";
        }
        if (u < propensity) {
            return "late";
        }
        double reason = random.nextDouble();
        return reason < 0.4 ? "cancelled-by-client" : reason < 0.6 ? "cancelled-by-service" : "did-not-attend";
    }

    /** Enrolment grows over the window (density rising linearly); each module is a new chance to drop out. */
    private void writeSelfHelpParticipant(String id, Table participants, Table modules) throws IOException {
        boolean youth = random.nextDouble() < 0.25;
        LocalDate enrolled = parameters.firstEnrolment().plusDays((long) (parameters.enrolmentDays() * Math.sqrt(random.nextDouble())));
        participants.row(id, youth ? Population.SELF_HELP_YOUTH : Population.SELF_HELP_ADULTS, "", "",
                youth ? population.youthAgeBand() : population.adultAgeBand(), population.country(), population.selfHelpRoute(), enrolled);
        int moduleCount = youth ? SELF_HELP_YOUTH_MODULES : SELF_HELP_ADULT_MODULES;
        GammaDistribution daysPerModule = new GammaDistribution(random, 2, 3.5);
        LocalDate day = enrolled;
        for (int module = 1; module <= moduleCount; module++) {
            if (random.nextDouble() < (module == 1 ? 0.18 : 0.09)) {
                return;
            }
            day = day.plusDays(Math.round(daysPerModule.sample()));
            if (day.isAfter(parameters.dataCutoff())) {
                return;
            }
            modules.row(id, module, day);
        }
    }

    private GroundTruth writeOutcomes(Path folder, int[] staticTotals, boolean[] treated, int[] enrolmentDays, Map<String, Long> rows)
            throws IOException {
        OutcomeModel.Totals usualCare = OutcomeModel.Totals.of(select(staticTotals, treated, false));
        OutcomeModel.Totals treatment = OutcomeModel.Totals.of(select(staticTotals, treated, true));
        OutcomeModel model = OutcomeModel.calibrate(usualCare, parameters.trueAuc(), parameters.usualCareEventRate(),
                parameters.horizonYears(), parameters.trueHazardRatio());
        double lossRate = -Math.log(1 - parameters.lossToFollowUpRate()) / parameters.horizonYears();
        try (Table outcomes = new Table(folder, "outcomes", "participant_id", "follow_up_days", "reoffended")) {
            for (int client = 0; client < staticTotals.length; client++) {
                double eventYears = -Math.log(1 - random.nextDouble()) / model.rate(staticTotals[client], treated[client]);
                double lostYears = lossRate == 0 ? Double.POSITIVE_INFINITY : -Math.log(1 - random.nextDouble()) / lossRate;
                LocalDate enrolled = parameters.firstEnrolment().plusDays(enrolmentDays[client]);
                double observableYears = ChronoUnit.DAYS.between(enrolled, parameters.dataCutoff()) / 365.25;
                double followedYears = Math.min(eventYears, Math.min(lostYears, observableYears));
                outcomes.row(clientId(client), Math.round(followedYears * 365.25), eventYears == followedYears ? 1 : 0);
            }
            rows.put("outcomes", outcomes.rows());
        }
        NeedsChange needs = new NeedsChange(instruments.dynamicNeeds, instruments);
        NeedsChange.Moments intake = needs.moments(0);
        NeedsChange.Moments endTreated = needs.moments(-parameters.trueNeedsEffect());
        double[] survivalUsualCare = new double[parameters.horizonYears()];
        double[] survivalTreatment = new double[parameters.horizonYears()];
        for (int year = 1; year <= parameters.horizonYears(); year++) {
            survivalUsualCare[year - 1] = model.survival(usualCare, false, year);
            survivalTreatment[year - 1] = model.survival(treatment, true, year);
        }
        return new GroundTruth(parameters, rows,
                new GroundTruth.Outcome(model.beta, model.lambda0, model.auc(usualCare), 1 - survivalUsualCare[parameters.horizonYears() - 1],
                        1 - survivalTreatment[parameters.horizonYears() - 1], survivalUsualCare, survivalTreatment),
                new GroundTruth.Needs(intake.mean(), intake.sd(), endTreated.mean(), intake.mean(),
                        (intake.mean() - endTreated.mean()) / intake.sd()));
    }

    private static String clientId(int index) {
        return String.format("C%06d", index + 1);
    }

    private static int[] select(int[] totals, boolean[] treated, boolean arm) {
        java.util.stream.IntStream.Builder selected = java.util.stream.IntStream.builder();
        for (int i = 0; i < totals.length; i++) {
            if (treated[i] == arm) {
                selected.add(totals[i]);
            }
        }
        return selected.build().toArray();
    }

    /** Identifiers such as {@code A0000001}: sequential, so they carry nothing about anyone. */
    private static final class Counter {
        private final String prefix;
        private final int digits;
        private long next = 1;

        Counter(String prefix, int digits) {
            this.prefix = prefix;
            this.digits = digits;
        }

        String next() {
            return prefix + String.format("%0" + digits + "d", next++);
        }
    }
}
