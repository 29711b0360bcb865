package org.lanterne.evaluation.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DatasetExporterTest {

    static final byte[] KEY = "an installation's 256-bit secret!".getBytes(StandardCharsets.US_ASCII);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    static final ExportRequest REQUEST = new ExportRequest("community-treatment-2026", "lead", 5, 0.05,
            Map.of("programme", "community-treatment"));

    @TempDir
    static Path folder;

    static List<String[]> rows;
    static ExportManifest manifest;
    static Map<String, byte[]> files;

    @BeforeAll
    static void export() throws IOException {
        rows = DemoExport.rows();
        Path zip = folder.resolve("export.zip");
        manifest = new DatasetExporter(KEY, CLOCK).export(REQUEST, DemoExport.VARIABLES, rows, zip);
        files = unzip(zip);
    }

    @Test
    void theExportHoldsTheDataItsCodebookLoadingScriptsAndAManifestOfTheirDigests() throws Exception {
        assertEquals(Set.of("data.csv", "codebook.csv", "load.R", "load.sps", "load.do", "disclosure.json", "manifest.json"), files.keySet());
        assertEquals(6, manifest.files().size());
        for (ExportManifest.FileDigest digest : manifest.files()) {
            byte[] content = files.get(digest.name());
            assertEquals(digest.bytes(), content.length, digest.name());
            assertEquals(digest.sha256(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)), digest.name());
        }
        JsonNode written = new ObjectMapper().readTree(files.get("manifest.json"));
        assertEquals(ExportManifest.FORMAT, written.get("format").asText());
        assertEquals("lead", written.at("/request/requestedBy").asText());
        assertEquals(rows.size(), written.get("rowsIn").asInt());
        assertEquals(List.of("alias", "enrolled_on", "answers"), manifest.dropped());
    }

    @Test
    void nothingIdentifyingOrFreeTextLeaves() {
        String data = new String(files.get("data.csv"), StandardCharsets.UTF_8);
        assertFalse(data.contains("C000"), "source codes are replaced");
        assertFalse(data.contains("Client "), "direct identifiers are left out");
        assertFalse(data.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), "no calendar date is exported");
        assertFalse(data.contains("ageAtRelease"), "answers are free text to the export and are left out");
        assertEquals("participant,arm,site,age_band,referral,instrument,occasion,assessed_on_day,total,band,follow_up_days,reoffended",
                data.lines().findFirst().orElseThrow());
    }

    @Test
    void everyCombinationOfQuasiIdentifiersIsSharedByAtLeastFivePeople() throws IOException {
        Map<String, Set<String>> people = new HashMap<>();
        for (CSVRecord row : data()) {
            people.computeIfAbsent(row.get("site") + "|" + row.get("age_band") + "|" + row.get("referral"), key -> new HashSet<>())
                    .add(row.get("participant"));
        }
        people.forEach((combination, who) -> assertTrue(who.size() >= 5, combination + " is shared by " + who.size()));
        assertEquals(manifest.rowsOut(), data().size());
        assertTrue(manifest.rowsOut() >= rows.size() * 0.95, "at most 5 % of records are left out");
    }

    @Test
    void sameDataKeyAndRequestGiveTheSameFilesAndAnotherScopeOtherIdentifiers() throws IOException {
        Path again = folder.resolve("again.zip");
        new DatasetExporter(KEY, CLOCK).export(REQUEST, DemoExport.VARIABLES, rows, again);
        assertArrayEquals(Files.readAllBytes(folder.resolve("export.zip")), Files.readAllBytes(again));

        Path otherScope = folder.resolve("other.zip");
        new DatasetExporter(KEY, CLOCK).export(new ExportRequest("another-study", "lead", 5, 0.05, Map.of()), DemoExport.VARIABLES, rows, otherScope);
        Set<String> first = new HashSet<>();
        data().forEach(row -> first.add(row.get("participant")));
        Set<String> second = new HashSet<>();
        parse(unzip(otherScope).get("data.csv")).forEach(row -> second.add(row.get("participant")));
        assertTrue(first.stream().noneMatch(second::contains), "identifiers of two scopes cannot be linked");
    }

    @Test
    void theCodebookLabelsEveryCode() throws IOException {
        Map<String, String> labels = new TreeMap<>();
        parse(files.get("codebook.csv")).forEach(row -> labels.put(row.get("variable"), row.get("value_labels")));
        assertEquals("1=Treatment; 2=Usual care", labels.get("arm"));
        assertEquals("1=No; 2=Yes", labels.get("reoffended"));
        assertEquals("", labels.get("total"));
    }

    @Test
    void badDataIsRefusedByVariableAndRowAndLeavesNoFile() {
        List<String[]> bad = rows.stream().map(String[]::clone).toList();
        bad.get(6)[10] = "twelve";
        Path zip = folder.resolve("bad.zip");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new DatasetExporter(KEY, CLOCK).export(REQUEST, DemoExport.VARIABLES, bad, zip));
        assertEquals("Variable total holds something that is not a number in row 7.", refused.getMessage());
        assertFalse(Files.exists(zip));
        assertFalse(Files.exists(folder.resolve("bad.zip.part")));
    }

    @Test
    void aFailedWriteLeavesNeitherAPartialNorABrokenExport() {
        Path unwritable = folder.resolve("missing-folder").resolve("export.zip");
        assertThrows(IOException.class, () -> new DatasetExporter(KEY, CLOCK).export(REQUEST, DemoExport.VARIABLES, rows, unwritable));
        assertFalse(Files.exists(unwritable.resolveSibling("export.zip.part")));
    }

    static List<CSVRecord> data() throws IOException {
        return parse(files.get("data.csv"));
    }

    static List<CSVRecord> parse(byte[] csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords();
    }

    static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (var entry : java.util.Collections.list(file.entries())) {
                entries.put(entry.getName(), file.getInputStream(entry).readAllBytes());
            }
        }
        return entries;
    }
}
