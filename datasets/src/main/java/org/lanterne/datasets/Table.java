package org.lanterne.datasets;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** One CSV file of a cohort: UTF-8, a header row, comma-separated, "\n" line ends on every platform. */
final class Table implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final CSVPrinter printer;
    private long rows;

    Table(Path folder, String name, String... columns) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(folder.resolve(name + ".csv"), StandardCharsets.UTF_8);
        printer = new CSVPrinter(writer, FORMAT.builder().setHeader(columns).get());
    }

    void row(Object... values) throws IOException {
        printer.printRecord(values);
        rows++;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
