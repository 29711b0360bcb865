package org.lanterne.evaluation.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every statistic, computed on the demo cohort, equals what R computes on the same files with
 * src/test/r/reference.R: t.test, pROC's roc and ci.auc (DeLong), survival's survfit and survdiff.
 * The values R printed are recorded in r-reference.txt; where R is installed, a test runs the
 * script again and checks that the record still holds.
 */
class AgreementWithRTest {

    private static final double TOLERANCE = 1e-9;

    static Map<String, Double> reference;
    static DemoCohort cohort;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = AgreementWithRTest.class.getResourceAsStream("/r-reference.txt")) {
            reference = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        cohort = new DemoCohort();
    }

    @Test
    void prePostChangeAndEffectSizesAgreeWithTTest() {
        double[][] needs = cohort.treatedNeeds();
        PrePostChange change = PrePostChange.of(needs[0], needs[1]);
        assertEquals(reference.get("change.n").intValue(), change.n());
        assertClose("change.meanDifference", change.meanDifference());
        assertClose("change.lower", change.interval().lower());
        assertClose("change.upper", change.interval().upper());
        assertClose("change.cohensD", change.cohensD());
        assertClose("change.hedgesG", change.hedgesG());
        ReliableChange rci = ReliableChange.of(needs[0], needs[1], 0.8, true);
        assertEquals(reference.get("rci.improved").intValue(), rci.improved());
        assertEquals(reference.get("rci.deteriorated").intValue(), rci.deteriorated());
    }

    @Test
    void aucAndDeLongIntervalAgreeWithProc() {
        double[][] byOutcome = cohort.staticByOutcome();
        RocAuc auc = RocAuc.of(byOutcome[0], byOutcome[1]);
        assertEquals(reference.get("auc.cases").intValue(), auc.cases());
        assertEquals(reference.get("auc.controls").intValue(), auc.controls());
        assertClose("auc.value", auc.auc());
        assertClose("auc.lower", auc.interval().lower());
        assertClose("auc.upper", auc.interval().upper());
    }

    @Test
    void kaplanMeierCurvesAgreeWithSurvfit() {
        for (String arm : List.of("treatment", "usual-care")) {
            KaplanMeier curve = KaplanMeier.estimate(cohort.followUp(arm), cohort.events(arm));
            for (int days : new int[] { 365, 730, 1095 }) {
                String key = "km." + arm + "." + days;
                KaplanMeier.Step step = curve.stepAt(days).orElseThrow();
                assertClose(key + ".survival", step.survival());
                assertClose(key + ".lower", step.interval().lower());
                assertClose(key + ".upper", step.interval().upper());
            }
        }
    }

    @Test
    void logRankTestAgreesWithSurvdiff() {
        LogRank test = LogRank.test(cohort.followUp(null), cohort.events(null), cohort.arms());
        assertClose("logrank.chiSquare", test.chiSquare());
        assertEquals(reference.get("logrank.observed.treatment").intValue(), test.observed().get("treatment"));
        assertClose("logrank.expected.treatment", test.expected().get("treatment"));
        assertClose("logrank.pValue", test.pValue());
    }

    @Test
    void calibrationByBandAgreesWithPropTest() {
        List<Map.Entry<String, Boolean>> known = cohort.usualCareBandsWithOutcome();
        String[] bands = known.stream().map(Map.Entry::getKey).toArray(String[]::new);
        boolean[] events = new boolean[known.size()];
        for (int i = 0; i < events.length; i++) {
            events[i] = known.get(i).getValue();
        }
        // the expected rates only travel through; illustrative values, not published norms
        Map<String, Double> expected = new LinkedHashMap<>();
        List.of("I", "II", "III", "IVa", "IVb").forEach(band -> expected.put(band, 0.1));
        for (BandCalibration line : BandCalibration.of(bands, events, expected)) {
            String key = "calibration." + line.band();
            assertEquals(reference.get(key + ".people").intValue(), line.people(), key);
            assertEquals(reference.get(key + ".events").intValue(), line.events(), key);
            assertClose(key + ".lower", line.interval().lower());
            assertClose(key + ".upper", line.interval().upper());
        }
    }

    @Test
    void rStillPrintsTheRecordedValues() throws Exception {
        Assumptions.assumeTrue(rscriptInstalled(), "Rscript is not installed (bin/install-prerequisites installs it)");
        Process r = new ProcessBuilder("Rscript", "src/test/r/reference.R", DemoCohort.FOLDER.toString()).redirectErrorStream(true).start();
        String printed = new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        r.waitFor(2, TimeUnit.MINUTES);
        assertEquals(0, r.exitValue(), printed);
        Map<String, Double> fresh = parse(printed);
        assertEquals(reference.keySet(), fresh.keySet());
        fresh.forEach((key, value) -> assertEquals(reference.get(key), value, Math.abs(value) * 1e-12, key));
    }

    private static boolean rscriptInstalled() {
        return Files.isExecutable(Path.of("/usr/bin/Rscript"));
    }

    private static void assertClose(String key, double actual) {
        Double expected = reference.get(key);
        assertEquals(expected, actual, TOLERANCE * Math.max(1, Math.abs(expected)), key);
    }

    private static Map<String, Double> parse(String lines) {
        Map<String, Double> values = new LinkedHashMap<>();
        lines.lines().filter(line -> line.contains("=")).forEach(line -> {
            String[] parts = line.split("=", 2);
            values.put(parts[0].trim(), Double.valueOf(parts[1].trim()));
        });
        return values;
    }
}
