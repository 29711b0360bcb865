package org.lanterne.evaluation.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class KAnonymiserTest {

    private static final Hierarchy AGE_BAND = Hierarchy.explicit(Map.of(
            "18-24", List.of("18-34"), "25-34", List.of("18-34"), "35-44", List.of("35-54"), "45-54", List.of("35-54"),
            "55-64", List.of("55+"), "65+", List.of("55+")));
    private static final Hierarchy SITE = Hierarchy.explicit(Map.of(
            "site-rabat", List.of("north-west"), "site-tanger", List.of("north-west"), "site-casablanca", List.of("centre")));
    private static final Hierarchy DAYS = Hierarchy.intervals(7, 28, 91);

    private static final List<QuasiIdentifier> QUASI_IDENTIFIERS = List.of(new QuasiIdentifier(1, "age_band", AGE_BAND),
            new QuasiIdentifier(2, "site", SITE), new QuasiIdentifier(3, "days_to_dropout", DAYS));

    @Test
    void everyCombinationLeftIsSharedByAtLeastKRecordsAndTheReportSaysWhatChanged() {
        List<String[]> records = cohort(new Random(5), 400);
        KAnonymiser.Result result = new KAnonymiser(5, 0.05).anonymise(records, QUASI_IDENTIFIERS);
        assertKAnonymous(result.records(), 5);
        DisclosureReport report = result.report();
        assertEquals(400, report.recordsIn());
        assertEquals(400 - report.recordsSuppressed(), result.records().size());
        assertTrue(report.recordsSuppressed() <= 20);
        assertTrue(report.smallestClass() >= 5);
        assertEquals(Map.of("age_band", 2, "site", 2, "days_to_dropout", 4), report.topLevels());
        assertTrue(report.levels().values().stream().mapToInt(Integer::intValue).sum() > 0, "random days need some generalisation");
        assertEquals("P0001", result.records().get(0)[0].substring(0, 5), "columns that are not quasi-identifiers are kept as they were");
    }

    @Test
    void noLowerGeneralisationWouldHaveWorked() {
        List<String[]> records = cohort(new Random(9), 250);
        KAnonymiser.Result result = new KAnonymiser(5, 0.02).anonymise(records, QUASI_IDENTIFIERS);
        int chosenHeight = result.report().levels().values().stream().mapToInt(Integer::intValue).sum();
        int[] tops = { 2, 2, 4 };
        for (int a = 0; a <= tops[0]; a++) {
            for (int s = 0; s <= tops[1]; s++) {
                for (int d = 0; d <= tops[2]; d++) {
                    if (a + s + d < chosenHeight) {
                        assertTrue(suppressedAt(records, new int[] { a, s, d }, 5) > Math.floor(0.02 * 250),
                                "levels " + a + s + d + " would have worked with less generalisation");
                    }
                }
            }
        }
    }

    @Test
    void someoneWhoKnowsATargetsQuasiIdentifiersNeverFindsASingleMatchingRecord() {
        List<String[]> records = cohort(new Random(13), 300);
        KAnonymiser.Result result = new KAnonymiser(5, 0.05).anonymise(records, QUASI_IDENTIFIERS);
        int[] levels = result.report().levels().values().stream().mapToInt(Integer::intValue).toArray();
        for (String[] target : records) {
            long matches = result.records().stream().filter(published -> {
                for (int q = 0; q < QUASI_IDENTIFIERS.size(); q++) {
                    QuasiIdentifier quasi = QUASI_IDENTIFIERS.get(q);
                    if (!quasi.hierarchy().generalise(target[quasi.column()], levels[q]).equals(published[quasi.column()])) {
                        return false;
                    }
                }
                return true;
            }).count();
            assertTrue(matches == 0 || matches >= 5, "a linked target matches " + matches + " records");
        }
    }

    @Test
    void severalRecordsOfOnePersonCountAsOnePerson() {
        // four people with two records each, all alike: 8 records, but only 4 people per combination
        List<String[]> records = new ArrayList<>();
        for (int person = 0; person < 4; person++) {
            for (int visit = 0; visit < 2; visit++) {
                records.add(new String[] { "P" + person, "25-34", "site-rabat", "10", Integer.toString(visit) });
            }
        }
        KAnonymiser anonymiser = new KAnonymiser(5, 0.5);
        assertEquals(0, anonymiser.anonymise(records, QUASI_IDENTIFIERS).report().recordsSuppressed(), "as records: 8 alike");
        IllegalArgumentException notEnoughPeople = assertThrows(IllegalArgumentException.class,
                () -> new KAnonymiser(5, 0.99).anonymise(records, QUASI_IDENTIFIERS, 0));
        assertEquals("Only 4 different people: a dataset needs at least 5 to be 5-anonymous.", notEnoughPeople.getMessage());
    }

    @Test
    void generalisationLevelsReadAsExpected() {
        assertEquals("14-20", DAYS.generalise("17", 1));
        assertEquals("0-27", DAYS.generalise("17", 2));
        assertEquals("*", DAYS.generalise("17", 4));
        assertEquals("north-west", SITE.generalise("site-tanger", 1));
        assertEquals("*", SITE.generalise("site-unknown", 1), "a value the hierarchy does not know is hidden, never shown");
    }

    @Test
    void impossibleRequestsAreRefusedWithWhatIsWrong() {
        assertEquals("k is 2 or more, not 1.", assertThrows(IllegalArgumentException.class, () -> new KAnonymiser(1, 0)).getMessage());
        assertEquals("A dataset of 3 records cannot be 5-anonymous.", assertThrows(IllegalArgumentException.class,
                () -> new KAnonymiser(5, 0).anonymise(cohort(new Random(1), 3), QUASI_IDENTIFIERS)).getMessage());
        List<String[]> bad = cohort(new Random(1), 10);
        bad.get(4)[3] = "twelve";
        assertEquals("A whole number is expected, not the value given.", assertThrows(IllegalArgumentException.class,
                () -> new KAnonymiser(2, 0).anonymise(bad, QUASI_IDENTIFIERS)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Hierarchy.intervals(30, 7)).getMessage().startsWith("Interval widths grow"));
    }

    private static List<String[]> cohort(Random random, int size) {
        String[] bands = { "18-24", "25-34", "35-44", "45-54", "55-64", "65+" };
        String[] sites = { "site-rabat", "site-tanger", "site-casablanca" };
        List<String[]> records = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            records.add(new String[] { String.format("P%04d", i + 1), bands[random.nextInt(bands.length)], sites[random.nextInt(sites.length)],
                    Integer.toString(random.nextInt(200)), Integer.toString(random.nextInt(30)) });
        }
        return records;
    }

    private static void assertKAnonymous(List<String[]> records, int k) {
        Map<String, Integer> sizes = new HashMap<>();
        for (String[] record : records) {
            sizes.merge(String.join("|", record[1], record[2], record[3]), 1, Integer::sum);
        }
        sizes.forEach((combination, size) -> assertTrue(size >= k, combination + " is shared by " + size));
    }

    private static long suppressedAt(List<String[]> records, int[] levels, int k) {
        Map<String, Integer> sizes = new HashMap<>();
        for (String[] record : records) {
            sizes.merge(AGE_BAND.generalise(record[1], levels[0]) + "|" + SITE.generalise(record[2], levels[1]) + "|"
                    + DAYS.generalise(record[3], levels[2]), 1, Integer::sum);
        }
        return sizes.values().stream().filter(size -> size < k).mapToInt(Integer::intValue).sum();
    }
}
