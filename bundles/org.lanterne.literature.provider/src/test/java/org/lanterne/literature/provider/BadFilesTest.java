package org.lanterne.literature.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lanterne.literature.api.FileOutcome;
import org.lanterne.literature.api.ImportReport;

/** Files that cannot be read are reported with a reason and never stop the import. */
class BadFilesTest {

    @TempDir
    Path temp;

    @Test
    void eachBadFileIsRejectedWithItsReasonWhileTheOthersAreImported() throws Exception {
        Path files = Files.createDirectories(temp.resolve("files"));
        Path corpus = TestFiles.CORPUS.resolve("cese-avis-enfants-reseaux-sociaux-2024.fr.txt");
        String text = Files.readString(corpus);

        Path goodPdf = files.resolve("a-good.pdf");
        TestFiles.pdf(text, "Avis du CESE", 2024, goodPdf, null);
        Files.write(files.resolve("b-truncated.pdf"), TestFiles.firstHalf(goodPdf));
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        Files.write(files.resolve("c-corrupt.pdf"), concat("%PDF-1.7\n".getBytes(), noise, "\n%%EOF\n".getBytes()));
        TestFiles.pdf(Files.readString(TestFiles.CORPUS.resolve("emc-portail-signalement-iwf-2021.fr.txt")), "Portail", 2021,
                files.resolve("d-encrypted.pdf"), TestFiles.password("secret-2026"));
        TestFiles.zipBombDocx(files.resolve("e-zip-bomb.docx"), 200);
        Files.write(files.resolve("f-empty.txt"), new byte[0]);
        TestFiles.docx("La prévention des violences sexuelles envers les enfants passe par l'éducation des familles.",
                files.resolve("g-good.docx"));
        Files.copy(TestFiles.CORPUS.resolve("cmrpi-campagne-cyberviolence-2025.fr.txt"), files.resolve("h-good.txt"));

        try (Library library = TestFiles.open(temp.resolve("library"))) {
            long started = System.nanoTime();
            ImportReport report = library.start(List.of(files)).await(Duration.ofMinutes(2));
            Map<String, FileOutcome> byName = report.files().stream()
                    .collect(Collectors.toMap(f -> Path.of(f.file()).getFileName().toString(), f -> f));

            assertEquals(8, report.total());
            assertEquals(3, report.count(FileOutcome.Status.IMPORTED), report::toString);
            assertEquals(FileOutcome.Status.IMPORTED, byName.get("a-good.pdf").status());
            assertEquals(FileOutcome.Status.IMPORTED, byName.get("g-good.docx").status(), () -> byName.get("g-good.docx").toString());
            assertEquals(FileOutcome.Status.IMPORTED, byName.get("h-good.txt").status());
            assertReason(byName.get("b-truncated.pdf"), "truncated");
            assertReason(byName.get("c-corrupt.pdf"), "corrupt");
            assertReason(byName.get("d-encrypted.pdf"), "encrypted");
            assertReason(byName.get("e-zip-bomb.docx"), "zip bomb");
            assertReason(byName.get("f-empty.txt"), "empty");
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(60).toNanos(), "bad files must not stall the import");

            assertEquals(1, library.search("\"passe par l'education des familles\"", java.util.Set.of(),
                    org.lanterne.literature.api.SortOrder.RELEVANCE, 0, 5).total());
            assertEquals("docx", library.record(byName.get("g-good.docx").recordId().orElseThrow()).orElseThrow().documentType());
        }
    }

    @Test
    void anExtractionThatOverrunsItsTimeIsAbandonedAndTheNextFileIsImported() throws Exception {
        Path slow = temp.resolve("revue.pdf");
        // the review eight times over: hundreds of pages, whose parse overruns 50 ms even on an idle machine
        TestFiles.pdf(Files.readString(TestFiles.CORPUS.resolve("weprotect-unicef-revue-mrn-2022.fr.txt")).repeat(8), "Revue", 2022, slow, null);
        // plain text, the quickest to extract, and one thread: the quick file waits for the slow one,
        // whose abandoned parse may still be running, and must be read within the same 50 ms
        Path quick = Files.writeString(temp.resolve("guide.txt"), "Un guide pour parler de sécurité numérique avec les enfants et les familles.");
        try (Library library = Library.open(new Library.Settings(temp.resolve("library"),
                new Extractor.Limits(50L << 20, 5_000_000, Duration.ofMillis(50), 100), 10, 1))) {
            ImportReport report = library.start(List.of(slow, quick)).await(Duration.ofMinutes(1));
            assertReason(report.files().get(0), "extraction took longer than 50 ms and was abandoned");
            assertEquals(FileOutcome.Status.IMPORTED, report.files().get(1).status(), report.files().get(1)::toString);
            assertEquals("text", library.record(report.files().get(1).recordId().orElseThrow()).orElseThrow().documentType());
        }
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeBeingRead() throws Exception {
        Path big = temp.resolve("big.txt");
        Files.write(big, new byte[2 << 20]);
        try (Library library = Library.open(new Library.Settings(temp.resolve("library"),
                new Extractor.Limits(1 << 20, 1000, Duration.ofSeconds(5), 10), 10))) {
            FileOutcome outcome = library.start(List.of(big)).await(Duration.ofSeconds(30)).files().get(0);
            assertReason(outcome, "too large");
        }
    }

    @Test
    void aFileWithoutTextIsRejectedAndTextBeyondTheLimitIsCut() throws Exception {
        Path blank = temp.resolve("blank.txt");
        Files.writeString(blank, " \n\n   \n");
        Path longText = temp.resolve("long.txt");
        Files.writeString(longText, "Le signalement des abus sexuels en ligne protège les enfants. ".repeat(200) + "mot-final-introuvable");
        try (Library library = Library.open(new Library.Settings(temp.resolve("library"),
                new Extractor.Limits(1 << 20, 2_000, Duration.ofSeconds(30), 10), 10))) {
            ImportReport report = library.start(List.of(blank, longText)).await(Duration.ofSeconds(30));
            assertReason(report.files().get(0), "no text");
            assertEquals(FileOutcome.Status.IMPORTED, report.files().get(1).status());
            var sort = org.lanterne.literature.api.SortOrder.RELEVANCE;
            assertEquals(1, library.search("signalement", java.util.Set.of(), sort, 0, 5).total());
            assertEquals(0, library.search("introuvable", java.util.Set.of(), sort, 0, 5).total());
        }
    }

    private static void assertReason(FileOutcome outcome, String expected) {
        assertEquals(FileOutcome.Status.REJECTED, outcome.status(), outcome::toString);
        assertTrue(outcome.reason().orElseThrow().contains(expected), () -> outcome.file() + ": " + outcome.reason().orElseThrow());
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
