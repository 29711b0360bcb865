package org.lanterne.evaluation.export;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Writes an evaluation dataset as a zip: {@code data.csv}, {@code codebook.csv}, {@code load.R},
 * {@code load.sps}, {@code load.do}, {@code disclosure.json} and {@code manifest.json}.
 * <p>
 * De-identification is not optional: participant codes become identifiers valid in this export
 * only, dates become days since enrolment, direct identifiers and free text are left out, and
 * quasi-identifiers are generalised until the data are k-anonymous (see {@link Deidentified}). The
 * same data, key and request give the same files, byte for byte, except the manifest's time.
 * The zip is written under a temporary name and renamed when complete: an interrupted export leaves
 * no partial file behind.
 */
public final class DatasetExporter {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false); // the entry is closed, not the zip

    private final byte[] identifierKey;
    private final Clock clock;

    /**
     * @param identifierKey the installation's secret for export identifiers, 256 bits or more
     * @param clock         gives the manifest's time
     */
    public DatasetExporter(byte[] identifierKey, Clock clock) {
        this.identifierKey = identifierKey.clone();
        this.clock = clock;
    }

    /**
     * @param request   what was asked for
     * @param variables the dataset's columns
     * @param rows      the records, one value per variable (empty for missing); not changed
     * @param zip       where the export goes; replaced if it exists
     * @return the manifest written into the export
     * @throws IllegalArgumentException naming the variable and row when the data do not fit their variables,
     *                                  or when k-anonymity cannot be reached
     * @throws IOException              if the file cannot be written; no partial file is left
     */
    public ExportManifest export(ExportRequest request, List<Variable> variables, List<String[]> rows, Path zip) throws IOException {
        Deidentified data = new Deidentified(variables, rows, request, identifierKey);
        LoadingScripts scripts = new LoadingScripts(data.exported, data.codes);
        List<ExportManifest.FileDigest> digests = new ArrayList<>();
        Path partial = zip.resolveSibling(zip.getFileName() + ".part");
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
            out.setLevel(Deflater.BEST_SPEED); // most of the size goes at a fraction of the time of the default level
            digests.add(entry(out, "data.csv", writer -> {
                CSVPrinter printer = new CSVPrinter(writer, CSV.builder().setHeader(data.exported.stream().map(Variable::exportedName)
                        .toArray(String[]::new)).get());
                for (String[] row : data.rows) {
                    printer.printRecord((Object[]) row);
                }
                printer.flush();
            }));
            digests.add(entry(out, "codebook.csv", writer -> {
                CSVPrinter printer = new CSVPrinter(writer, CSV.builder().setHeader("variable", "type", "label", "unit", "value_labels", "missing").get());
                for (String[] line : scripts.codebook()) {
                    printer.printRecord((Object[]) line);
                }
                printer.flush();
            }));
            digests.add(entry(out, "load.R", writer -> writer.write(scripts.r())));
            digests.add(entry(out, "load.sps", writer -> writer.write(scripts.spss())));
            digests.add(entry(out, "load.do", writer -> writer.write(scripts.stata())));
            digests.add(entry(out, "disclosure.json", writer -> JSON.writeValue(writer, data.disclosure)));
            List<String> dropped = variables.stream().filter(v -> !v.role().exported()).map(Variable::name).toList();
            ExportManifest manifest = new ExportManifest(ExportManifest.FORMAT, request, clock.instant(), rows.size(), data.rows.size(),
                    dropped, data.disclosure, List.copyOf(digests));
            entry(out, "manifest.json", writer -> JSON.writeValue(writer, manifest));
            out.finish();
            out.close();
            Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Writes one UTF-8 entry, with a fixed time so that the zip depends on nothing but the data. */
    private static ExportManifest.FileDigest entry(ZipOutputStream zip, String name, Content content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0);
        zip.putNextEntry(entry);
        MessageDigest sha256 = sha256();
        CountingStream counted = new CountingStream(new DigestOutputStream(zip, sha256));
        Writer writer = new BufferedWriter(new OutputStreamWriter(counted, StandardCharsets.UTF_8), 1 << 16);
        content.write(writer);
        writer.flush();
        zip.closeEntry();
        return new ExportManifest.FileDigest(name, counted.count, HexFormat.of().formatHex(sha256.digest()));
    }

    @FunctionalInterface
    private interface Content {
        void write(Writer writer) throws IOException;
    }

    /** Counts bytes and keeps the zip open when the writer on it is dropped. */
    private static final class CountingStream extends OutputStream {
        private final OutputStream target;
        private long count;

        CountingStream(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            target.write(bytes, offset, length);
            count += length;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
