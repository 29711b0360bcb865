package org.lanterne.workbench.uitest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.lanterne.evaluation.statistics.KaplanMeier;
import org.lanterne.evaluation.statistics.PrePostChange;
import org.lanterne.evaluation.statistics.RocAuc;

/**
 * What the Programme evaluation part should show on the demo cohort, computed here from its CSV
 * files by the statistics bundle, independently of the evaluation provider and the part.
 */
final class DemoCohortFigures {

    static final Path DEMO = Path.of("../../datasets/demo");
    private static final int HORIZON_DAYS = 1096;

    private final Map<String, String> arms = new TreeMap<>();
    private final Map<String, double[]> needs = new TreeMap<>();
    private final Map<String, Double> staticTotals = new HashMap<>();
    private final Map<String, int[]> followUps = new TreeMap<>();

    DemoCohortFigures() throws IOException {
        for (CSVRecord p : read("participants")) {
            if (p.get("programme").equals("community-treatment")) {
                arms.put(p.get("participant_id"), p.get("arm"));
            }
        }
        for (CSVRecord a : read("assessments")) {
            double total = Double.parseDouble(a.get("total"));
            if (a.get("instrument").equals("dynamic-needs-example")) {
                needs.computeIfAbsent(a.get("participant_id"), id -> new double[2])[a.get("occasion").equals("intake") ? 0 : 1] = total;
            } else if (a.get("instrument").equals("static-99r")) {
                staticTotals.put(a.get("participant_id"), total);
            }
        }
        for (CSVRecord o : read("outcomes")) {
            followUps.put(o.get("participant_id"), new int[] { Integer.parseInt(o.get("follow_up_days")), Integer.parseInt(o.get("reoffended")) });
        }
    }

    /** @return the treatment arm's change as the part writes it: difference [interval], d and g, with two decimals */
    List<String> treatmentChange() {
        List<double[]> pairs = new ArrayList<>();
        needs.forEach((id, pair) -> {
            if ("treatment".equals(arms.get(id))) {
                pairs.add(pair);
            }
        });
        PrePostChange change = PrePostChange.of(pairs.stream().mapToDouble(p -> p[0]).toArray(), pairs.stream().mapToDouble(p -> p[1]).toArray());
        return List.of("treatment", Integer.toString(change.n()), two(change.meanBefore()), two(change.meanAfter()),
                two(change.meanDifference()) + " [" + two(change.interval().lower()) + "; " + two(change.interval().upper()) + "]",
                two(change.cohensD()), two(change.hedgesG()));
    }

    /** @return the STATIC-99R's AUC under usual care for re-offending within three years, as the part writes it */
    String usualCareAuc() {
        List<Double> cases = new ArrayList<>();
        List<Double> controls = new ArrayList<>();
        followUps.forEach((id, followUp) -> {
            if ("usual-care".equals(arms.get(id))) {
                boolean isCase = followUp[1] == 1 && followUp[0] <= HORIZON_DAYS;
                if (isCase) {
                    cases.add(staticTotals.get(id));
                } else if (followUp[0] >= HORIZON_DAYS) {
                    controls.add(staticTotals.get(id));
                }
            }
        });
        RocAuc auc = RocAuc.of(cases.stream().mapToDouble(Double::doubleValue).toArray(), controls.stream().mapToDouble(Double::doubleValue).toArray());
        return "all | " + auc.cases() + " | " + auc.controls() + " | " + two(auc.auc()) + " [" + two(auc.interval().lower()) + "; "
                + two(auc.interval().upper()) + "]";
    }

    /** @return the arm's share free of re-offending after one year, as the part writes it (percent, one decimal) */
    String survivalAfterOneYear(String arm) {
        List<int[]> selected = followUps.entrySet().stream().filter(e -> arm.equals(arms.get(e.getKey()))).map(Map.Entry::getValue).toList();
        boolean[] events = new boolean[selected.size()];
        for (int i = 0; i < events.length; i++) {
            events[i] = selected.get(i)[1] == 1;
        }
        KaplanMeier estimate = KaplanMeier.estimate(selected.stream().mapToDouble(f -> f[0]).toArray(), events);
        return String.format(Locale.ENGLISH, "%.1f %%", 100 * estimate.survivalAt(365.25));
    }

    private static String two(double value) {
        return String.format(Locale.ENGLISH, "%.2f", value);
    }

    private static List<CSVRecord> read(String table) throws IOException {
        try (Reader reader = Files.newBufferedReader(DEMO.resolve(table + ".csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
