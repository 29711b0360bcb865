package org.lanterne.literature.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lanterne.literature.api.BibliographicDetails;
import org.lanterne.literature.api.FileOutcome;
import org.lanterne.literature.api.ImportReport;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.ReferenceFormat;
import org.lanterne.literature.api.ReferenceFormatException;
import org.lanterne.literature.api.SearchResult;
import org.lanterne.literature.api.SortOrder;
import org.lanterne.literature.api.WorkType;

/** Reference lists imported as records without files, searched, corrected, exported and rebuilt. */
class ReferencesTest {

    private static final String LIST = "TY  - JOUR\n"
            + "TI  - Les violences numériques envers les enfants\n"
            + "AU  - Benali, Karim\n"
            + "PY  - 2023\n"
            + "DO  - 10.5555/violences.2023\n"
            + "AB  - Une revue des signalements de cyberharcèlement dans les écoles marocaines.\n"
            + "KW  - cyberharcèlement\n"
            + "ER  - \n"
            + "TY  - RPRT\n"
            + "AU  - Sans titre\n"
            + "ER  - \n"
            + "TY  - RPRT\n"
            + "TI  - Les violences numériques envers les enfants\n"
            + "PY  - 2023\n"
            + "ER  - \n";

    @TempDir
    Path temp;

    private Library library;

    @BeforeEach
    void open() throws Exception {
        library = TestFiles.open(temp.resolve("library"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private ImportReport importList(Library into, String content, ReferenceFormat format) throws Exception {
        return into.importReferences("liste." + format.extension(), content, format).await(Duration.ofMinutes(1));
    }

    private SearchResult search(String query) throws Exception {
        return library.search(query, Set.of(), SortOrder.RELEVANCE, 0, 10);
    }

    @Test
    void referencesBecomeRecordsWithoutFileSearchableOnTitleAuthorsAndAbstract() throws Exception {
        ImportReport report = importList(library, LIST, ReferenceFormat.RIS);

        assertEquals(List.of(FileOutcome.Status.IMPORTED, FileOutcome.Status.REJECTED, FileOutcome.Status.DUPLICATE),
                report.files().stream().map(FileOutcome::status).toList());
        assertEquals("liste.ris, line 9", report.files().get(1).file());
        assertEquals(Optional.of("no title: a reference needs at least a title"), report.files().get(1).reason());
        assertTrue(report.files().get(2).reason().orElseThrow().startsWith("same title and year (2023) as lit-"));

        LiteratureRecord record = library.record(report.files().get(0).recordId().orElseThrow()).orElseThrow();
        assertEquals(LiteratureRecord.REFERENCE, record.documentType());
        assertEquals("fr", record.language(), "guessed from the title and abstract");
        assertEquals(WorkType.ARTICLE, record.details().type());
        assertEquals(1, search("numerique").total(), "title, stemmed and folded");
        assertEquals(1, search("author:benali").total());
        SearchResult abstractWord = search("signalement");
        assertEquals(1, abstractWord.total(), "abstract");
        assertTrue(abstractWord.hits().get(0).snippets().get(0).contains("<mark>signalements</mark>"),
                abstractWord.hits().get(0).snippets()::toString);
    }

    @Test
    void importingTheSameListAgainFindsEveryReferenceAlreadyThere() throws Exception {
        String withoutYear = "TY  - GEN\nTI  - Guide sans date\nER  - \n";
        importList(library, withoutYear, ReferenceFormat.RIS);

        ImportReport again = importList(library, withoutYear, ReferenceFormat.RIS);

        assertEquals(FileOutcome.Status.DUPLICATE, again.files().get(0).status());
        assertTrue(again.files().get(0).reason().orElseThrow().startsWith("the same reference as lit-"), again.toString());
    }

    @Test
    void aListThatCannotBeReadImportsNothing() {
        ReferenceFormatException e = assertThrows(ReferenceFormatException.class,
                () -> library.importReferences("l.ris", "TY  - JOUR\nTI  - x\n", ReferenceFormat.RIS));

        assertEquals(2, e.line());
        assertEquals(0, library.size());
    }

    @Test
    void correctingAReferencesAbstractChangesWhatFindsItAndSurvivesARebuild() throws Exception {
        String id = importList(library, LIST, ReferenceFormat.RIS).files().get(0).recordId().orElseThrow();
        LiteratureRecord record = library.record(id).orElseThrow();
        BibliographicDetails details = new BibliographicDetails(WorkType.REPORT, Optional.of("Un rapport sur la radicalisation."),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("ONDE"), Optional.empty());
        library.update(new LiteratureRecord(id, record.title(), record.authors(), record.year(), record.doi(), record.language(),
                record.documentType(), Set.of("revue"), Optional.of("Maroc"), record.sourceFileName(), record.contentHash(), details));

        assertEquals(0, search("signalement").total());
        assertEquals(1, search("radicalisation").total());

        ImportReport rebuilt = library.rebuild().await(Duration.ofMinutes(1));

        assertEquals(1, rebuilt.count(FileOutcome.Status.IMPORTED));
        assertEquals(1, search("radicalisation AND pays:maroc").total());
        assertEquals(details, library.record(id).orElseThrow().details());
    }

    @ParameterizedTest
    @EnumSource(ReferenceFormat.class)
    void filesAndReferencesExportedAndImportedIntoAnotherLibraryKeepTheirMetadata(ReferenceFormat format) throws Exception {
        Path pdf = temp.resolve("emc-portail-signalement-iwf-2021.pdf");
        Path corpus = TestFiles.CORPUS.resolve("emc-portail-signalement-iwf-2021.fr.txt");
        TestFiles.pdf(Files.readString(corpus), TestFiles.TITLES.get("emc-portail-signalement-iwf-2021.fr.txt"), 2021, pdf, null);
        String fileId = library.start(List.of(pdf)).await(Duration.ofMinutes(1)).files().get(0).recordId().orElseThrow();
        String referenceId = importList(library, LIST, ReferenceFormat.RIS).files().get(0).recordId().orElseThrow();
        List<String> ids = List.of(fileId, referenceId);

        String exported = library.export(ids, format);

        try (Library other = TestFiles.open(temp.resolve("other"))) {
            ImportReport report = importList(other, exported, format);
            assertEquals(2, report.count(FileOutcome.Status.IMPORTED), report::toString);
            for (int i = 0; i < ids.size(); i++) {
                LiteratureRecord original = library.record(ids.get(i)).orElseThrow();
                LiteratureRecord copy = other.record(report.files().get(i).recordId().orElseThrow()).orElseThrow();
                assertEquals(original.title(), copy.title());
                assertEquals(original.authors(), copy.authors());
                assertEquals(original.year(), copy.year());
                assertEquals(original.doi(), copy.doi());
                assertEquals(original.language(), copy.language());
                assertEquals(original.tags(), copy.tags());
                assertEquals(original.details(), copy.details());
            }
        }
    }

    @Test
    void exportingAnUnknownRecordNamesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> library.export(List.of("lit-000000000000000000000000"), ReferenceFormat.RIS));

        assertEquals("no record lit-000000000000000000000000", e.getMessage());
    }
}
