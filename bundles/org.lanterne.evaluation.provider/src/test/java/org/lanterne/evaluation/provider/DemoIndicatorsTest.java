package org.lanterne.evaluation.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lanterne.evaluation.api.AccuracyIndicator;
import org.lanterne.evaluation.api.ChangeIndicator;
import org.lanterne.evaluation.api.Cohort;
import org.lanterne.evaluation.api.IndicatorReport;
import org.lanterne.evaluation.api.PublishedTable;
import org.lanterne.evaluation.api.Subgroup;
import org.lanterne.evaluation.api.SurvivalCurve;

/**
 * The indicators of the demo cohort, the default data source: without a split they equal what R
 * computes on the same cohort (the statistics bundle's record of R's output), and with any split no
 * count of 1 to 4 people is shown and no statistic describes fewer than 5.
 */
class DemoIndicatorsTest {

    static final Path R_REFERENCE = Path.of("../org.lanterne.evaluation.statistics/src/test/resources/r-reference.txt");
    static final OutcomeSettings SETTINGS = new OutcomeSettings("dynamic-needs-example", 0.8, true, "static-99r", "usual-care", 1096,
            OutcomeSettings.expectedRates(new String[] { "I", "II", "III", "IVa", "IVb" }, new String[0]));
    static final String TREATMENT = "community-treatment";

    static Cohort demo;
    static Map<String, Double> r;

    @BeforeAll
    static void readTheDemoCohortAndRsFigures() throws IOException {
        demo = new CohortFolderSource(Path.of("target/no-such-folder")).cohort();
        r = new HashMap<>();
        for (String line : Files.readAllLines(R_REFERENCE)) {
            String[] parts = line.split("=", 2);
            r.put(parts[0], Double.valueOf(parts[1]));
        }
    }

    @Test
    void withoutACohortInTheFolderTheDemoCohortIsTheSource() {
        assertEquals(CohortFolderSource.DEMO, demo.source());
        assertEquals(900, demo.participants().size());
        assertEquals(List.of("community-treatment", "self-help-adults", "self-help-youth"), demo.programmes());
    }

    @Test
    void changeByArmEqualsRsPairedTTestAndReliableChange() {
        IndicatorReport report = Reports.of(demo, TREATMENT, Subgroup.NONE, SETTINGS);
        ChangeIndicator treated = report.change().stream().filter(c -> c.group().equals("treatment")).findFirst().orElseThrow();
        assertEquals(r.get("change.n").intValue(), treated.change().n());
        assertClose("change.meanDifference", treated.change().meanDifference());
        assertClose("change.lower", treated.change().interval().lower());
        assertClose("change.upper", treated.change().interval().upper());
        assertClose("change.cohensD", treated.change().cohensD());
        assertClose("change.hedgesG", treated.change().hedgesG());
        assertEquals(Long.toString(r.get("rci.improved").longValue()), treated.improved());
        assertEquals(Long.toString(r.get("rci.deteriorated").longValue()), treated.deteriorated());
        assertEquals(r.get("rci.improved") / r.get("change.n"), treated.improvedShare(), 1e-12);
        assertEquals(List.of("treatment", "usual-care"), report.change().stream().map(ChangeIndicator::group).toList());
    }

    @Test
    void validityEqualsPROCsAucAndDeLongsInterval() {
        AccuracyIndicator all = Reports.of(demo, TREATMENT, Subgroup.NONE, SETTINGS).accuracy().get(0);
        assertEquals(Long.toString(r.get("auc.cases").longValue()), all.cases());
        assertEquals(Long.toString(r.get("auc.controls").longValue()), all.controls());
        assertClose("auc.value", all.auc().auc());
        assertClose("auc.lower", all.auc().interval().lower());
        assertClose("auc.upper", all.auc().interval().upper());
    }

    @Test
    void survivalByArmEqualsSurvfitAtOneTwoAndThreeYearsAndTheLogRankTestSurvdiff() {
        IndicatorReport report = Reports.of(demo, TREATMENT, Subgroup.NONE, SETTINGS);
        for (SurvivalCurve curve : report.survival()) {
            for (int year = 1; year <= 3; year++) {
                SurvivalCurve.Point point = curve.points().get(12 * year);
                String key = "km." + curve.group() + "." + (365 * year);
                assertClose(key + ".survival", point.survival());
                assertClose(key + ".lower", point.interval().lower());
                assertClose(key + ".upper", point.interval().upper());
            }
            assertEquals(37, curve.points().size(), "month 0 to the three-year horizon");
        }
        assertClose("logrank.chiSquare", report.logRank().chiSquare());
        assertClose("logrank.pValue", report.logRank().pValue());
    }

    @Test
    void calibrationCountsEqualRsOrAreWithheld() {
        IndicatorReport report = Reports.of(demo, TREATMENT, Subgroup.NONE, SETTINGS);
        report.calibration().forEach(line -> {
            long people = r.get("calibration." + line.band() + ".people").longValue();
            if (people >= 5 && PublishedTable.shownCount(line.events()).isPresent()) {
                assertEquals(Long.toString(people), line.people());
                assertClose("calibration." + line.band() + ".lower", line.interval().lower());
                assertClose("calibration." + line.band() + ".upper", line.interval().upper());
            } else {
                assertTrue(line.withheld(), line.band() + " describes fewer than 5 people or a withheld count");
            }
            assertTrue(Double.isNaN(line.expectedRate()), "no expected rate is configured");
        });
        assertEquals("<5", report.calibration().get(0).people(), "band I has 3 people");
    }

    @ParameterizedTest
    @EnumSource(Subgroup.class)
    void everySplitOfEveryProgrammeShowsNoCountFromOneToFourAndNoStatisticOnFewerThanFivePeople(Subgroup subgroup) {
        for (String programme : demo.programmes()) {
            IndicatorReport report = Reports.of(demo, programme, subgroup, SETTINGS);
            for (PublishedTable table : tables(report)) {
                List<String> shown = new ArrayList<>(table.rowTotals());
                table.cells().forEach(shown::addAll);
                shown.addAll(table.columnTotals());
                shown.add(table.total());
                for (String value : shown) {
                    OptionalLong count = PublishedTable.shownCount(value);
                    assertTrue(count.isPresent() ? count.getAsLong() == 0 || count.getAsLong() >= 5 : value.equals("<5") || value.equals("x"),
                            programme + " by " + subgroup + ": " + value);
                }
            }
            report.change().forEach(c -> assertTrue(c.withheld() || c.change().n() >= 5));
            report.accuracy().forEach(a -> assertTrue(a.withheld() || a.auc().cases() >= 5 && a.auc().controls() >= 5));
            report.survival().forEach(s -> assertTrue(s.withheld() || PublishedTable.shownCount(s.people()).orElse(5) >= 5));
        }
    }

    @Test
    void smallGroupsAreWithheldWhenTheSplitIsFine() {
        IndicatorReport byAge = Reports.of(demo, TREATMENT, Subgroup.AGE_BAND, SETTINGS);
        assertTrue(byAge.accuracy().stream().anyMatch(AccuracyIndicator::withheld), "some age bands have fewer than 5 cases");
        assertTrue(byAge.enrolmentsByMonth().cells().stream().flatMap(List::stream).anyMatch(v -> v.equals("<5")));
        assertNull(byAge.logRank(), "a group with fewer than 5 events: no test");
    }

    @Test
    void reachCountsEveryoneOnceAndTheFunnelNeverGrows() {
        for (String programme : demo.programmes()) {
            IndicatorReport report = Reports.of(demo, programme, Subgroup.NONE, SETTINGS);
            long enrolled = demo.participants().stream().filter(p -> p.programme().equals(programme)).count();
            assertEquals(Long.toString(enrolled), report.enrolmentsByMonth().total());
            assertEquals(Long.toString(enrolled), report.enrolmentsByAgeBand().total());
            assertEquals(Long.toString(enrolled), report.funnel().cells().get(0).get(0));
            long previous = enrolled;
            for (List<String> step : report.funnel().cells()) {
                long count = PublishedTable.shownCount(step.get(0)).orElse(previous);
                assertTrue(count <= previous, programme + " funnel");
                previous = count;
            }
        }
        IndicatorReport selfHelp = Reports.of(demo, "self-help-adults", Subgroup.NONE, SETTINGS);
        assertEquals(9, selfHelp.funnel().rows().size(), "enrolled and 8 modules");
        assertNotNull(selfHelp.dropoutsByMonth());
        assertNull(selfHelp.enrolmentsBySite(), "self-help participants have no site");
        assertTrue(selfHelp.change().isEmpty() && selfHelp.survival().isEmpty());
        assertNull(Reports.of(demo, TREATMENT, Subgroup.NONE, SETTINGS).dropoutsByMonth());
    }

    private static List<PublishedTable> tables(IndicatorReport report) {
        List<PublishedTable> tables = new ArrayList<>();
        for (PublishedTable table : new PublishedTable[] { report.enrolmentsByMonth(), report.enrolmentsBySite(), report.enrolmentsByAgeBand(),
                report.enrolmentsByReferralRoute(), report.funnel(), report.dropoutsByMonth() }) {
            if (table != null) {
                tables.add(table);
            }
        }
        return tables;
    }

    private static void assertClose(String key, double actual) {
        double expected = r.get(key);
        assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), key);
    }
}
