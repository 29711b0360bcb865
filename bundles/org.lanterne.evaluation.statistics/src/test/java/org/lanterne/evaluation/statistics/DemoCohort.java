package org.lanterne.evaluation.statistics;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The demo cohort of datasets/demo, selected exactly as src/test/r/reference.R selects it. */
final class DemoCohort {

    static final Path FOLDER = Path.of("../../datasets/demo");
    static final double HORIZON_DAYS = 1096;

    record Client(String id, String arm, double followUpDays, boolean reoffended) {
    }

    final Map<String, Client> clients = new TreeMap<>();
    final Map<String, double[]> needsByClient = new TreeMap<>();
    final Map<String, Double> staticTotals = new HashMap<>();
    final Map<String, String> staticBands = new HashMap<>();

    DemoCohort() throws IOException {
        Map<String, String> arms = new HashMap<>();
        for (CSVRecord p : read("participants")) {
            if (p.get("programme").equals("community-treatment")) {
                arms.put(p.get("participant_id"), p.get("arm"));
            }
        }
        for (CSVRecord o : read("outcomes")) {
            String id = o.get("participant_id");
            clients.put(id, new Client(id, arms.get(id), Double.parseDouble(o.get("follow_up_days")), o.get("reoffended").equals("1")));
        }
        for (CSVRecord a : read("assessments")) {
            double total = Double.parseDouble(a.get("total"));
            if (a.get("instrument").equals("dynamic-needs-example")) {
                needsByClient.computeIfAbsent(a.get("participant_id"), id -> new double[2])[a.get("occasion").equals("intake") ? 0 : 1] = total;
            } else if (a.get("instrument").equals("static-99r")) {
                staticTotals.put(a.get("participant_id"), total);
                staticBands.put(a.get("participant_id"), a.get("band"));
            }
        }
    }

    /** @return the treatment arm's needs totals: [0] at intake, [1] at the end, in the order of participant ids */
    double[][] treatedNeeds() {
        List<double[]> pairs = new ArrayList<>();
        needsByClient.forEach((id, pair) -> {
            if (clients.get(id).arm().equals("treatment")) {
                pairs.add(pair);
            }
        });
        return new double[][] { pairs.stream().mapToDouble(p -> p[0]).toArray(), pairs.stream().mapToDouble(p -> p[1]).toArray() };
    }

    /** @return usual care's STATIC-99R totals: [0] re-offended within the horizon, [1] followed the whole horizon without */
    double[][] staticByOutcome() {
        List<Double> cases = new ArrayList<>();
        List<Double> controls = new ArrayList<>();
        for (Client client : clients.values()) {
            if (client.arm().equals("usual-care")) {
                boolean isCase = client.reoffended() && client.followUpDays() <= HORIZON_DAYS;
                if (isCase) {
                    cases.add(staticTotals.get(client.id()));
                } else if (client.followUpDays() >= HORIZON_DAYS) {
                    controls.add(staticTotals.get(client.id()));
                }
            }
        }
        return new double[][] { cases.stream().mapToDouble(Double::doubleValue).toArray(), controls.stream().mapToDouble(Double::doubleValue).toArray() };
    }

    /** @return usual care's STATIC-99R band and outcome at the horizon, for each client whose outcome is known */
    List<Map.Entry<String, Boolean>> usualCareBandsWithOutcome() {
        List<Map.Entry<String, Boolean>> known = new ArrayList<>();
        for (Client client : clients.values()) {
            boolean isCase = client.reoffended() && client.followUpDays() <= HORIZON_DAYS;
            if (client.arm().equals("usual-care") && (isCase || client.followUpDays() >= HORIZON_DAYS)) {
                known.add(Map.entry(staticBands.get(client.id()), isCase));
            }
        }
        return known;
    }

    double[] followUp(String arm) {
        return clients.values().stream().filter(c -> arm == null || c.arm().equals(arm)).mapToDouble(Client::followUpDays).toArray();
    }

    boolean[] events(String arm) {
        List<Client> selected = clients.values().stream().filter(c -> arm == null || c.arm().equals(arm)).toList();
        boolean[] events = new boolean[selected.size()];
        for (int i = 0; i < events.length; i++) {
            events[i] = selected.get(i).reoffended();
        }
        return events;
    }

    String[] arms() {
        return clients.values().stream().map(Client::arm).toArray(String[]::new);
    }

    private static List<CSVRecord> read(String table) throws IOException {
        try (Reader reader = Files.newBufferedReader(FOLDER.resolve(table + ".csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
