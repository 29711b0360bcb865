package org.lanterne.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lanterne.instruments.api.InstrumentDefinition;

import com.fasterxml.jackson.databind.ObjectMapper;

class CohortGeneratorTest {

    /** The demo cohort checked in next to the generator. */
    private static final Path SHIPPED_DEMO = Path.of("demo");

    @TempDir
    Path temporary;

    @Test
    void theShippedDemoCohortIsExactlyWhatTheGeneratorWrites() throws IOException {
        Path regenerated = temporary.resolve("demo");
        new CohortGenerator(CohortParameters.demo()).write(regenerated);
        List<String> files = names(SHIPPED_DEMO);
        assertEquals(names(regenerated), files, "run datasets/generate --out datasets/demo after changing the generator");
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(SHIPPED_DEMO.resolve(file)), Files.readAllBytes(regenerated.resolve(file)),
                    file + " differs: run datasets/generate --out datasets/demo after changing the generator");
        }
    }

    @Test
    void anotherSeedGivesAnotherCohort() throws IOException {
        new CohortGenerator(CohortParameters.demo()).write(temporary.resolve("a"));
        new CohortGenerator(CohortParameters.demo().withSize(1, 300, 600)).write(temporary.resolve("b"));
        assertFalse(Files.mismatch(temporary.resolve("a/assessments.csv"), temporary.resolve("b/assessments.csv")) == -1);
    }

    @Test
    void everyStoredTotalIsWhatTheScoringEngineComputesFromTheStoredAnswers() throws IOException {
        new CohortGenerator(CohortParameters.demo()).write(temporary);
        Instruments instruments = new Instruments();
        Map<String, InstrumentDefinition> definitions = Map.of(Instruments.STATIC_99R, instruments.static99r,
                Instruments.DYNAMIC_NEEDS, instruments.dynamicNeeds);
        ObjectMapper json = new ObjectMapper();
        List<CSVRecord> assessments = Cohorts.read(temporary, "assessments");
        assertEquals(900, assessments.size());
        for (CSVRecord assessment : assessments) {
            @SuppressWarnings("unchecked")
            Map<String, Object> answers = json.readValue(assessment.get("answers"), Map.class);
            var result = instruments.score(definitions.get(assessment.get("instrument")), answers);
            assertEquals(assessment.get("total"), String.valueOf(result.totals().values().iterator().next()), assessment.get("assessment_id"));
            assertEquals(assessment.get("band"), result.band().code(), assessment.get("assessment_id"));
        }
    }

    @Test
    void selfHelpParticipantsCompleteModulesInOrderAndSomeDropOut() throws IOException {
        new CohortGenerator(CohortParameters.demo()).write(temporary);
        Map<String, List<Integer>> modulesByPerson = Cohorts.read(temporary, "self_help_modules").stream().collect(
                Collectors.groupingBy(r -> r.get("participant_id"), Collectors.mapping(r -> Integer.parseInt(r.get("module")), Collectors.toList())));
        modulesByPerson.values().forEach(modules -> {
            for (int i = 0; i < modules.size(); i++) {
                assertEquals(i + 1, modules.get(i), "modules are completed in order without gaps");
            }
        });
        long finished = modulesByPerson.values().stream().filter(m -> m.size() >= CohortGenerator.SELF_HELP_YOUTH_MODULES).count();
        assertTrue(finished > 0 && modulesByPerson.size() < 600, "some finish, some never complete a module");
    }

    @Test
    void theTablesHoldNoFreeTextOrExactBirthDates() throws IOException {
        new CohortGenerator(CohortParameters.demo()).write(temporary);
        Set<String> columns = Stream.of("participants", "sessions", "assessments", "self_help_modules", "outcomes")
                .flatMap(t -> header(temporary, t).stream()).collect(Collectors.toSet());
        assertTrue(columns.contains("age_band"));
        assertTrue(columns.stream().noneMatch(c -> c.contains("name") || c.contains("birth") || c.contains("note") || c.contains("mail")), columns::toString);
    }

    @Test
    void anAucTheTotalsCannotReachIsRefusedWithTheReachableMaximum() {
        CohortParameters demo = CohortParameters.demo();
        CohortParameters impossible = new CohortParameters(3, 50, 0, demo.firstEnrolment(), demo.enrolmentDays(), demo.horizonYears(),
                0.999, 0.12, 0.7, 0.4, 0.6, 0.1);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new CohortGenerator(impossible).write(temporary));
        assertTrue(refused.getMessage().startsWith("An AUC of 0.999 cannot be reached"), refused.getMessage());
    }

    @Test
    void parametersOutOfRangeAreRefusedByName() {
        CohortParameters demo = CohortParameters.demo();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new CohortParameters(1, 10, 0,
                demo.firstEnrolment(), 10, 3, 0.4, 0.1, 0.7, 0.4, 0.6, 0.1));
        assertEquals("trueAuc must lie strictly between 0.5 and 1.0, not 0.4.", refused.getMessage());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> header(Path folder, String table) {
        try {
            return Files.readAllLines(folder.resolve(table + ".csv")).get(0).lines().flatMap(l -> Stream.of(l.split(","))).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
