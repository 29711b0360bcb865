package org.lanterne.evaluation.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.lanterne.evaluation.api.Cohort;
import org.lanterne.evaluation.api.CohortAssessment;
import org.lanterne.evaluation.api.FollowUp;
import org.lanterne.evaluation.api.ModuleCompletion;
import org.lanterne.evaluation.api.Participant;
import org.lanterne.evaluation.api.SessionAttendance;

/**
 * Reads a cohort in the CSV format of docs/datasets.md. A value that does not fit its column is
 * refused with the file, line and column, never the value; the answers column is not read at all.
 */
final class CohortReader {

    /** Opens one table by its file name ({@code participants.csv}, ...). */
    @FunctionalInterface
    interface Tables {
        InputStream open(String file) throws IOException;
    }

    static final List<String> FILES = List.of("participants.csv", "sessions.csv", "assessments.csv", "self_help_modules.csv", "outcomes.csv");

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final Set<String> ATTENDED = Set.of("attended", "late");

    private CohortReader() {
    }

    static Cohort read(String source, Tables tables) throws IOException {
        return new Cohort(source,
                table(tables, "participants.csv", r -> new Participant(text(r, "participant_id"), text(r, "programme"), r.get("site"), r.get("arm"),
                        text(r, "age_band"), text(r, "country"), text(r, "referral_route"), day(r, "enrolled_on"))),
                table(tables, "sessions.csv", r -> new SessionAttendance(text(r, "participant_id"), day(r, "session_date"),
                        ATTENDED.contains(text(r, "attendance")))),
                table(tables, "assessments.csv", r -> new CohortAssessment(text(r, "participant_id"), text(r, "instrument"), text(r, "occasion"),
                        day(r, "assessed_on"), number(r, "total"), r.get("band"))),
                table(tables, "self_help_modules.csv", r -> new ModuleCompletion(text(r, "participant_id"), (int) number(r, "module"),
                        day(r, "completed_on"))),
                table(tables, "outcomes.csv", r -> new FollowUp(text(r, "participant_id"), (int) number(r, "follow_up_days"),
                        flag(r, "reoffended"))));
    }

    private static <T> List<T> table(Tables tables, String file, Function<CSVRecord, T> row) throws IOException {
        List<T> rows = new ArrayList<>();
        try (InputStream in = tables.open(file); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSV.parse(reader)) {
                try {
                    rows.add(row.apply(record));
                } catch (IllegalArgumentException e) {
                    // the header is line 1 of the file
                    throw new IllegalStateException(file + ", line " + (record.getRecordNumber() + 1) + ": " + e.getMessage(), e);
                }
            }
        }
        return rows;
    }

    private static String text(CSVRecord record, String column) {
        if (!record.isMapped(column)) {
            throw new IllegalArgumentException("there is no column " + column + ".");
        }
        String value = record.isSet(column) ? record.get(column) : "";
        if (value.isBlank()) {
            throw new IllegalArgumentException(column + " is empty.");
        }
        return value;
    }

    private static LocalDate day(CSVRecord record, String column) {
        try {
            return LocalDate.parse(text(record, column));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(column + " is not a day (YYYY-MM-DD).", e);
        }
    }

    private static double number(CSVRecord record, String column) {
        try {
            return Double.parseDouble(text(record, column));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not a number.", e);
        }
    }

    private static boolean flag(CSVRecord record, String column) {
        return switch (text(record, column)) {
            case "0" -> false;
            case "1" -> true;
            default -> throw new IllegalArgumentException(column + " is neither 0 nor 1.");
        };
    }
}
