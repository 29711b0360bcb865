package org.lanterne.datasets;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the tables of a written cohort back, the way an analyst would. */
final class Cohorts {

    private Cohorts() {
    }

    static List<CSVRecord> read(Path folder, String table) throws IOException {
        try (Reader reader = Files.newBufferedReader(folder.resolve(table + ".csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
