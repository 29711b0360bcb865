package org.lanterne.literature.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lanterne.fuzz.testing.Escaped;
import org.lanterne.fuzz.testing.Fuzz;
import org.lanterne.fuzz.testing.HostileEdits;
import org.lanterne.fuzz.testing.Outcome;
import org.lanterne.literature.api.FileOutcome;
import org.lanterne.literature.api.QuerySyntaxException;
import org.lanterne.literature.api.ReferenceFormat;
import org.lanterne.literature.api.SearchResult;
import org.lanterne.literature.api.SortOrder;

/**
 * Queries built from the query language's own pieces put together wrongly (unbalanced quotes and
 * brackets, fields without terms, wildcards, huge fuzzy terms, ranges, injection-looking text),
 * run against a real library: each gives a result or a {@link QuerySyntaxException} with a
 * message and a position inside the query, never another exception, within {@link Outcome#DEADLINE}.
 */
class QueryFuzzTest {

    private static final String LIST = "TY  - JOUR\nTI  - Les violences numériques envers les enfants\nAU  - Benali, Karim\n"
            + "PY  - 2023\nAB  - Une revue des signalements de cyberharcèlement.\nER  - \n"
            + "TY  - RPRT\nTI  - الاستجابة الوطنية لحماية الأطفال\nAU  - UNICEF\nPY  - 2022\nER  - \n"
            + "TY  - JOUR\nTI  - Preventing child sexual abuse: a helpline for people worried about their thoughts\n"
            + "AU  - Smith, Anne\nPY  - 2021\nER  - \n";

    private static final List<String> PIECES = List.of("enfants", "violences", "prévention", "abuse", "الأطفال", "Benali",
            "title:", "titre:", "text:", "author:", "year:", "annee:", "lang:", "langue:", "type:", "tag:", "country:", "doi:",
            "editeur:", "TITLE:", "AND", "OR", "NOT", "ET", "OU", "SAUF", "&&", "||", "+", "-", "!", "(", ")", "[", "]", "{", "}",
            "\"", "\\", "/", ":", "*", "?", "~", "~2", "^", "^3", "2020..2024", "..2019", "[2020 TO 2024]", "{a TO *]", "[* TO *]",
            "en*t", "*fant", "e?fant", "*a*a*a*a*a*a*a*a*a*a", "enfant~", "a".repeat(200) + "~2", "10.1234/x", "/[a-z]+/",
            "' OR 1=1 --", "\"; DROP TABLE records; --", "\u0000", "\u202E", "\uD800", " ");

    /** Valid queries, edited at random. */
    private static final List<String> VALID_QUERIES = List.of("title:enfants AND year:2020..2024", "\"violences numériques\" OU author:benali",
            "lang:arabe SAUF prévention*", "doi:10.1234/x~1");

    private static Path folder;
    private static Library library;
    private static String anyId;

    @BeforeAll
    static void openLibrary() throws Exception {
        folder = Files.createTempDirectory("lanterne-query-fuzz");
        library = TestFiles.open(folder.resolve("library"));
        List<FileOutcome> imported = library.importReferences("list.ris", LIST, ReferenceFormat.RIS).await(Duration.ofMinutes(2)).files();
        assertEquals(3, imported.stream().filter(f -> f.status() == FileOutcome.Status.IMPORTED).count(), imported.toString());
        anyId = imported.get(0).recordId().orElseThrow();
    }

    @AfterAll
    static void closeLibrary() throws IOException {
        library.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** A query and the order its hits are asked in. */
    private record Query(String text, SortOrder order) {

        @Override
        public String toString() {
            return Escaped.text(text) + " sorted by " + order;
        }
    }

    @Test
    void piecesOfTheLanguagePutTogetherAnyHowAreSearchedOrExplained() {
        Fuzz.forAll(QueryFuzzTest::pieces, query -> searchOrExplain(query.text(), query.order()));
    }

    @Test
    void editedQueriesAreSearchedOrExplained() {
        Fuzz.forAll(random -> HostileEdits.of(HostileEdits.pick(VALID_QUERIES, random), 4, random),
                query -> searchOrExplain(query, SortOrder.RELEVANCE));
    }

    @Test
    void aQueryOfThousandsOfClausesIsExplained() {
        String query = String.join(" OR ", java.util.Collections.nCopies(5_000, "enfants"));
        assertNull(Outcome.resultOr(QuerySyntaxException.class, () -> search(query, SortOrder.RELEVANCE)));
    }

    @Test
    void aQueryNestedThousandsOfTimesIsExplained() {
        String query = "(".repeat(3_000) + "enfants" + ")".repeat(3_000);
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> search(query, SortOrder.RELEVANCE));
        assertEquals(QueryLanguage.MAX_DEPTH, e.position(), e.getMessage());
    }

    private static void searchOrExplain(String query, SortOrder order) {
        Outcome.resultOr(QuerySyntaxException.class, () -> search(query, order));
        Outcome.resultOr(QuerySyntaxException.class, () -> library.highlight(anyId, query));
    }

    private static SearchResult search(String query, SortOrder order) throws QuerySyntaxException {
        try {
            SearchResult result = library.search(query, Set.of(), order, 0, 10);
            assertTrue(result.hits().size() <= 3);
            return result;
        } catch (QuerySyntaxException e) {
            assertTrue(e.position() >= -1 && e.position() <= query.length(), "a position inside the query: " + e.position());
            throw e;
        }
    }

    /** @return one to twelve pieces of the query language, glued with spaces or with nothing */
    private static Query pieces(Random random) {
        String glue = random.nextBoolean() ? " " : "";
        List<String> parts = Stream.generate(() -> HostileEdits.pick(PIECES, random)).limit(1 + random.nextInt(12)).toList();
        return new Query(String.join(glue, parts), HostileEdits.pick(List.of(SortOrder.values()), random));
    }
}
