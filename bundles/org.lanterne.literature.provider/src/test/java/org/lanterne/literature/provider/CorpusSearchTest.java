package org.lanterne.literature.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.lanterne.literature.api.Facet;
import org.lanterne.literature.api.FacetCount;
import org.lanterne.literature.api.FacetRequest;
import org.lanterne.literature.api.FileOutcome;
import org.lanterne.literature.api.ImportReport;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.SearchHit;
import org.lanterne.literature.api.SearchResult;
import org.lanterne.literature.api.SortOrder;

/** The five corpus reports, imported as text and as PDFs, then searched. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusSearchTest {

    private Library library;
    private ImportReport report;

    @BeforeAll
    void importTheCorpusAsTextAndAsPdf(@TempDir Path temp) throws Exception {
        Path files = Files.createDirectories(temp.resolve("files"));
        for (Path text : TestFiles.corpusTexts()) {
            String name = text.getFileName().toString();
            Files.copy(text, files.resolve(name));
            String pdf = name.replace(".fr.txt", ".pdf");
            TestFiles.pdf(Files.readString(text), TestFiles.TITLES.get(name), TestFiles.year(name), files.resolve(pdf), null);
        }
        library = TestFiles.open(temp.resolve("library"));
        report = library.start(List.of(files)).await(Duration.ofMinutes(3));
    }

    @AfterAll
    void close() {
        library.close();
    }

    private SearchResult search(String query) throws Exception {
        return library.search(query, Set.of(), SortOrder.RELEVANCE, 0, 20);
    }

    private static Set<String> files(SearchResult result) {
        return result.hits().stream().map(h -> h.record().sourceFileName()).collect(Collectors.toSet());
    }

    @Test
    void everyReportIsImportedAsTextAndAsPdfInFrench() {
        assertEquals(10, report.total());
        assertEquals(10, report.count(FileOutcome.Status.IMPORTED), () -> report.toString());
        assertFalse(report.cancelled());
        assertEquals(10, library.size());
        for (FileOutcome outcome : report.files()) {
            LiteratureRecord record = library.record(outcome.recordId().orElseThrow()).orElseThrow();
            assertEquals("fr", record.language(), record.sourceFileName());
            assertEquals(TestFiles.year(record.sourceFileName()), record.year().orElseThrow(), record.sourceFileName());
        }
    }

    @Test
    void pdfMetadataGivesTitleAuthorAndType() throws Exception {
        SearchHit hit = search("title:\"portail marocain de signalement\"").hits().get(0);
        assertEquals("emc-portail-signalement-iwf-2021.pdf", hit.record().sourceFileName());
        assertEquals("pdf", hit.record().documentType());
        assertEquals(List.of("Lanterne tests"), hit.record().authors());
        assertEquals(TestFiles.TITLES.get("emc-portail-signalement-iwf-2021.fr.txt"), hit.record().title());
    }

    @Test
    void anUnaccentedSingularWordFindsAccentedPluralForms() throws Exception {
        SearchResult enfant = search("enfant");
        // two reports only ever say "enfants"
        assertEquals(10, enfant.total());
        assertTrue(files(enfant).contains("emc-portail-signalement-iwf-2021.fr.txt"));
        assertTrue(files(enfant).contains("cmrpi-campagne-cyberviolence-2025.pdf"));
        assertTrue(snippets(enfant).contains("<mark>enfants</mark>"), snippets(enfant));

        SearchResult securite = search("securite");
        assertEquals(8, securite.total(), () -> files(securite).toString());
        assertTrue(snippets(securite).contains("<mark>sécurité</mark>"), snippets(securite));
    }

    @Test
    void aPhraseMatchesOnlyItsWordsInOrder() throws Exception {
        SearchResult phrase = search("\"signalement en ligne\"");
        assertEquals(Set.of("weprotect-unicef-revue-mrn-2022.fr.txt", "weprotect-unicef-revue-mrn-2022.pdf"), files(phrase));
        assertTrue(snippets(phrase).contains("<mark>signalement en ligne</mark>"), snippets(phrase));
    }

    @Test
    void fieldsRestrictTheSearch() throws Exception {
        // text files take their title from the first line, PDFs from their metadata; file names count as titles too
        Set<String> maroc = files(search("title:maroc"));
        assertTrue(maroc.contains("icmec-mrc-maroc-synthese-2025.pdf"), maroc.toString());
        assertTrue(maroc.contains("icmec-mrc-maroc-synthese-2025.fr.txt"), maroc.toString());
        assertFalse(maroc.contains("weprotect-unicef-revue-mrn-2022.pdf"), maroc.toString());

        assertEquals(10, search("year:2020..2025").total());
        assertEquals(4, search("year:2025").total());
        assertEquals(4, search("year:2020..2022").total());
        assertEquals(2, search("year:[2023 TO 2024]").total());
        assertEquals(10, search("lang:fr").total());
        assertEquals(10, search("lang:français").total());
        assertEquals(0, search("lang:en").total());
        assertEquals(5, search("type:pdf").total());
        assertEquals(1, search("author:\"lanterne tests\" AND year:2021").total());
    }

    @Test
    void booleanOperatorsInEnglishAndFrench() throws Exception {
        assertEquals(search("enfant AND NOT year:2025").total(), search("enfant ET SAUF year:2025").total());
        assertEquals(6, search("enfant NOT year:2025").total());
        assertEquals(search("maroc OR cyberviolence").total(), search("maroc OU cyberviolence").total());
        assertEquals(6, search("cyberharcelement").total());
        assertEquals(2, search("cyberharcelement AND reseaux AND sociaux AND NOT mongolie").total());
        assertEquals(0, search("cyberharcelement AND year:2021").total());
    }

    @Test
    void wildcardsAndFuzzyTermsMatchVariants() throws Exception {
        Set<String> wildcard = files(search("cyberviol*"));
        assertTrue(wildcard.contains("cmrpi-campagne-cyberviolence-2025.fr.txt"), wildcard.toString());
        assertTrue(snippets(search("cyberviol*")).toLowerCase(Locale.ROOT).contains("<mark>cyberviolence"));

        // fuzzy terms are stemmed like the text: "enfnats" becomes "enfnat", one transposition from "enfant"
        assertEquals(10, search("enfnats~1").total());
        assertEquals(0, search("enfnats").total());
        SearchResult fuzzy = search("securté~1");
        assertEquals(8, fuzzy.total());
        assertTrue(snippets(fuzzy).contains("<mark>sécurité</mark>"), snippets(fuzzy));
    }

    @Test
    void aTitleMatchRanksAboveMatchesInTheText() throws Exception {
        SearchResult result = search("cyberviolence");
        assertTrue(result.total() >= 2);
        assertEquals("cmrpi-campagne-cyberviolence-2025", result.hits().get(0).record().sourceFileName().replaceAll("\\.(fr\\.txt|pdf)$", ""));
    }

    @Test
    void facetsCountEveryMatchByYearLanguageAndType() throws Exception {
        SearchResult result = library.search("enfant", Set.of(FacetRequest.of(Facet.YEAR), FacetRequest.of(Facet.LANGUAGE),
                FacetRequest.of(Facet.DOCUMENT_TYPE), FacetRequest.of(Facet.TAG)), SortOrder.RELEVANCE, 0, 3);
        assertEquals(3, result.hits().size());
        assertEquals(Map.of("2025", 4L, "2024", 2L, "2022", 2L, "2021", 2L), counts(result.facets().get(Facet.YEAR)));
        assertEquals(Map.of("fr", 10L), counts(result.facets().get(Facet.LANGUAGE)));
        assertEquals(Map.of("pdf", 5L, "text", 5L), counts(result.facets().get(Facet.DOCUMENT_TYPE)));
        assertEquals(Map.of(), counts(result.facets().get(Facet.TAG)));
    }

    @Test
    void resultsSortByYearAndPageThrough() throws Exception {
        SearchResult newest = library.search("", Set.of(), SortOrder.YEAR_NEWEST_FIRST, 0, 4);
        assertEquals(10, newest.total());
        assertTrue(newest.hits().stream().allMatch(h -> h.record().year().getAsInt() == 2025));
        SearchResult oldest = library.search("", Set.of(), SortOrder.YEAR_OLDEST_FIRST, 0, 2);
        assertTrue(oldest.hits().stream().allMatch(h -> h.record().year().getAsInt() == 2021));
        SearchResult lastPage = library.search("", Set.of(), SortOrder.YEAR_OLDEST_FIRST, 4, 2);
        assertEquals(2, lastPage.hits().size());
        assertEquals(2025, lastPage.hits().get(1).record().year().getAsInt());
        assertEquals(0, library.search("", Set.of(), SortOrder.RELEVANCE, 5, 2).hits().size());
    }

    @Test
    void moreLikeThisFindsTheSameReportInTheOtherFormatFirst() {
        String id = report.files().stream().filter(f -> f.file().endsWith("cese-avis-enfants-reseaux-sociaux-2024.fr.txt"))
                .findFirst().orElseThrow().recordId().orElseThrow();
        List<SearchHit> similar = library.moreLikeThis(id, 3);
        assertFalse(similar.isEmpty());
        assertEquals("cese-avis-enfants-reseaux-sociaux-2024.pdf", similar.get(0).record().sourceFileName());
        assertTrue(similar.stream().noneMatch(h -> h.record().id().equals(id)));
        assertTrue(library.moreLikeThis("lit-unknown", 3).isEmpty());
    }

    @Test
    void snippetsEscapeHtmlAroundTheMarks() throws Exception {
        for (SearchHit hit : search("enfant").hits()) {
            for (String snippet : hit.snippets()) {
                String withoutMarks = snippet.replace("<mark>", "").replace("</mark>", "");
                assertFalse(withoutMarks.contains("<"), snippet);
            }
        }
    }

    private static String snippets(SearchResult result) {
        return result.hits().stream().flatMap(h -> h.snippets().stream()).collect(Collectors.joining("\n"));
    }

    private static Map<String, Long> counts(List<FacetCount> counts) {
        return counts.stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }
}
