package org.lanterne.literature.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lanterne.literature.api.Facet;
import org.lanterne.literature.api.FacetCount;
import org.lanterne.literature.api.FacetRequest;
import org.lanterne.literature.api.FileOutcome;
import org.lanterne.literature.api.ImportJob;
import org.lanterne.literature.api.ImportReport;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.SortOrder;

/** Import jobs: progress, cancel, resume without extracting again, rebuild, corrections. */
class ImportJobTest {

    @TempDir
    Path temp;

    @Test
    void cancellingStopsARunningImportAndKeepsWhatWasImported() throws Exception {
        Path files = Files.createDirectories(temp.resolve("files"));
        for (int i = 0; i < 300; i++) {
            Files.writeString(files.resolve(String.format("note-%03d.txt", i)),
                    "Note de lecture numéro " + i + " sur la prévention des violences faites aux enfants et le rôle des familles.");
        }
        try (Library library = TestFiles.open(temp.resolve("library"))) {
            ImportJob job = library.start(List.of(files));
            while (job.progress().done() < 3) {
                Thread.sleep(5);
            }
            job.cancel();
            ImportReport report = job.await(Duration.ofSeconds(30));
            assertTrue(report.cancelled());
            assertEquals(300, report.total());
            assertTrue(report.files().size() < 300, "processed " + report.files().size());
            assertEquals(report.files().size(), library.size());
            assertEquals(report.files().size(), library.search("prevention", Set.of(), SortOrder.RELEVANCE, 0, 1).total());
            assertTrue(job.isDone());
        }
    }

    @Test
    void progressCountsFilesUpToTheTotal() throws Exception {
        try (Library library = TestFiles.open(temp.resolve("library"))) {
            ImportJob job = library.start(TestFiles.corpusTexts());
            ImportReport report = job.await(Duration.ofMinutes(1));
            assertEquals(5, job.progress().done());
            assertEquals(5, job.progress().total());
            assertEquals(1.0, job.progress().fraction());
            assertFalse(report.cancelled());
        }
    }

    @Test
    void aFileExtractedBeforeACrashIsIndexedFromItsStoredTextWithoutExtractingAgain() throws Exception {
        Path file = Files.copy(TestFiles.CORPUS.resolve("emc-portail-signalement-iwf-2021.fr.txt"), temp.resolve("emc.txt"));
        String hash;
        Path folder = temp.resolve("library");
        try (Library library = TestFiles.open(folder)) {
            hash = library.record(library.start(List.of(file)).await(Duration.ofMinutes(1)).files().get(0).recordId().orElseThrow())
                    .orElseThrow().contentHash();
        }
        // the crash: stored text survived, the index did not
        deleteRecursively(folder.resolve("index"));
        Files.createDirectories(folder.resolve("index"));
        String id = Library.idFor(hash);
        try (Library library = TestFiles.open(folder)) {
            // opening starts a rebuild from stored text; an empty import queues behind it
            library.start(List.of()).await(Duration.ofMinutes(1));
            assertEquals(0, library.extractions());
            assertEquals(1, library.search("enfant", Set.of(), SortOrder.RELEVANCE, 0, 5).total());
        }

        // stored but never indexed (crash between the two): the next import indexes the stored text
        Path other = Files.copy(TestFiles.CORPUS.resolve("cese-avis-enfants-reseaux-sociaux-2024.fr.txt"), temp.resolve("cese.txt"));
        Path otherFolder = temp.resolve("other");
        String otherId;
        try (Library first = TestFiles.open(otherFolder)) {
            otherId = first.start(List.of(other)).await(Duration.ofMinutes(1)).files().get(0).recordId().orElseThrow();
        }
        Path stored = temp.resolve("stored");
        Files.createDirectories(stored);
        for (String suffix : new String[] { ".txt.gz", ".properties" }) {
            Files.copy(otherFolder.resolve("text").resolve(otherId + suffix), stored.resolve(otherId + suffix));
        }
        try (Library library = TestFiles.open(folder)) {
            for (String suffix : new String[] { ".txt.gz", ".properties" }) {
                Files.copy(stored.resolve(otherId + suffix), folder.resolve("text").resolve(otherId + suffix));
            }
            ImportReport report = library.start(List.of(other, file)).await(Duration.ofMinutes(1));
            assertEquals(FileOutcome.Status.IMPORTED, report.files().get(0).status());
            assertEquals(otherId, report.files().get(0).recordId().orElseThrow());
            assertEquals(FileOutcome.Status.DUPLICATE, report.files().get(1).status());
            assertEquals(id, report.files().get(1).duplicateOf().orElseThrow());
            assertEquals(0, library.extractions(), "nothing may be extracted again");
            assertEquals(2, library.size());
        }
    }

    @Test
    void correctedMetadataIsSearchableAndCounted() throws Exception {
        try (Library library = TestFiles.open(temp.resolve("library"))) {
            ImportReport report = library.start(TestFiles.corpusTexts()).await(Duration.ofMinutes(1));
            for (FileOutcome outcome : report.files()) {
                LiteratureRecord r = library.record(outcome.recordId().orElseThrow()).orElseThrow();
                boolean morocco = r.sourceFileName().contains("maroc") || r.sourceFileName().startsWith("emc")
                        || r.sourceFileName().startsWith("cese") || r.sourceFileName().startsWith("cmrpi");
                library.update(new LiteratureRecord(r.id(), r.title(), List.of("Rédaction"), r.year(), r.doi(), r.language(),
                        r.documentType(), morocco ? Set.of("Maroc", "Prévention primaire") : Set.of("Revue"),
                        morocco ? Optional.of("Maroc") : Optional.empty(), "ignored.txt", "ignored"));
            }
            var result = library.search("tag:\"prevention primaire\"", Set.of(FacetRequest.of(Facet.TAG), FacetRequest.of(Facet.COUNTRY)),
                    SortOrder.RELEVANCE, 0, 10);
            assertEquals(4, result.total());
            assertEquals(Set.of(new FacetCount("Maroc", 4), new FacetCount("Prévention primaire", 4)),
                    Set.copyOf(result.facets().get(Facet.TAG)));
            assertEquals(List.of(new FacetCount("Maroc", 4)), result.facets().get(Facet.COUNTRY));
            assertEquals(4, library.search("pays:maroc", Set.of(), SortOrder.RELEVANCE, 0, 10).total());
            assertEquals(5, library.search("auteur:redaction", Set.of(), SortOrder.RELEVANCE, 0, 10).total());
            LiteratureRecord one = result.hits().get(0).record();
            assertTrue(one.sourceFileName().endsWith(".fr.txt"), "the file name is not a correction");
            assertEquals(Set.of("Maroc", "Prévention primaire"), one.tags());
            assertEquals(OptionalInt.of(one.year().getAsInt()), one.year());
        }
        // corrections survive a rebuild of the index from the stored text
        deleteRecursively(temp.resolve("library").resolve("index"));
        try (Library library = TestFiles.open(temp.resolve("library"))) {
            library.start(List.of()).await(Duration.ofMinutes(1));
            assertEquals(4, library.search("tag:maroc", Set.of(), SortOrder.RELEVANCE, 0, 10).total());
            assertEquals(Set.of("Maroc", "Revue"), library.search("", Set.of(FacetRequest.of(Facet.TAG)), SortOrder.RELEVANCE, 0, 1)
                    .facets().get(Facet.TAG).stream().map(FacetCount::value).collect(Collectors.toSet()).stream()
                    .filter(v -> !v.startsWith("Pr")).collect(Collectors.toSet()));
        }
    }

    private static void deleteRecursively(Path folder) throws Exception {
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
