package org.lanterne.evaluation.export;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.lanterne.evaluation.disclosure.Hierarchy;

/** One row per assessment of the demo cohort's clients, with the variables a programme lead would export. */
final class DemoExport {

    static final Path COHORT = Path.of("../../datasets/demo");

    static final List<Variable> VARIABLES = List.of(
            Variable.participant("participant", "Participant (identifier of this export)"),
            Variable.neverExported("alias", VariableRole.DIRECT_IDENTIFIER),
            Variable.category("arm", "Arm", Map.of("treatment", "Treatment", "usual-care", "Usual care")),
            Variable.quasiIdentifier("site", "Site", Hierarchy.explicit(Map.of("site-rabat", List.of("north"), "site-tanger", List.of("north"),
                    "site-casablanca", List.of("centre"))), Map.of()),
            Variable.quasiIdentifier("age_band", "Age band", Hierarchy.explicit(Map.of("18-24", List.of("18-34"), "25-34", List.of("18-34"),
                    "35-44", List.of("35-54"), "45-54", List.of("35-54"), "55-64", List.of("55+"), "65+", List.of("55+"))), Map.of()),
            Variable.quasiIdentifier("referral", "Referral route", Hierarchy.explicit(Map.of("court-order", List.of("justice"),
                    "probation", List.of("justice"), "self-referral", List.of("other"), "health-service", List.of("other"))), Map.of()),
            Variable.enrolmentDate("enrolled_on"),
            Variable.category("instrument", "Instrument", Map.of("static-99r", "STATIC-99R", "dynamic-needs-example", "Dynamic needs (example)")),
            Variable.category("occasion", "Occasion", Map.of("intake", "Intake", "end-of-treatment", "End of treatment")),
            Variable.date("assessed_on", "Day of the assessment"),
            Variable.measure("total", "Total score", "points"),
            Variable.category("band", "Band", Map.of()),
            Variable.neverExported("answers", VariableRole.FREE_TEXT),
            Variable.measure("follow_up_days", "Follow-up", "days"),
            Variable.category("reoffended", "Re-offending detected", Map.of("0", "No", "1", "Yes")));

    private DemoExport() {
    }

    static List<String[]> rows() throws IOException {
        Map<String, CSVRecord> participants = new HashMap<>();
        read("participants").forEach(p -> participants.put(p.get("participant_id"), p));
        Map<String, CSVRecord> outcomes = new HashMap<>();
        read("outcomes").forEach(o -> outcomes.put(o.get("participant_id"), o));
        List<String[]> rows = new ArrayList<>();
        for (CSVRecord a : read("assessments")) {
            CSVRecord p = participants.get(a.get("participant_id"));
            CSVRecord o = outcomes.get(a.get("participant_id"));
            rows.add(new String[] { a.get("participant_id"), "Client " + a.get("participant_id"), p.get("arm"), p.get("site"), p.get("age_band"),
                    p.get("referral_route"), p.get("enrolled_on"), a.get("instrument"), a.get("occasion"), a.get("assessed_on"), a.get("total"),
                    a.get("band"), a.get("answers"), o.get("follow_up_days"), o.get("reoffended") });
        }
        return rows;
    }

    private static List<CSVRecord> read(String table) throws IOException {
        try (Reader reader = Files.newBufferedReader(COHORT.resolve(table + ".csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
