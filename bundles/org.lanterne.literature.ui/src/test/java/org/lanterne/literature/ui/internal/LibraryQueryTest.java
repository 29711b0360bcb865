package org.lanterne.literature.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lanterne.literature.api.Facet;

/** The query sent for the words typed and the facet values ticked. */
class LibraryQueryTest {

    private final LibraryQuery words = new LibraryQuery("  enfant OR jeune ", Map.of());

    @Test
    void wordsAloneAreSentAsTypedInParentheses() {
        assertEquals("(enfant OR jeune)", words.text());
        assertEquals("", new LibraryQuery(" ", Map.of()).text());
    }

    @Test
    void valuesOfOneFacetAreAlternativesAndFacetsAllApply() {
        LibraryQuery narrowed = words.with(Facet.YEAR, "2024", true).with(Facet.YEAR, "2021", true)
                .with(Facet.LANGUAGE, "fr", true);
        assertEquals("(enfant OR jeune) AND (year:\"2021\" OR year:\"2024\") AND lang:\"fr\"", narrowed.text());
        assertTrue(narrowed.ticked(Facet.YEAR, "2021"));
        assertFalse(narrowed.ticked(Facet.COUNTRY, "2021"));
    }

    @Test
    void filtersAloneFindEveryRecordWithTheValue() {
        assertEquals("type:\"pdf\"", new LibraryQuery("", Map.of(Facet.DOCUMENT_TYPE, Set.of("pdf"))).text());
    }

    @Test
    void untickingTheLastValueOfAFacetDropsItsClause() {
        LibraryQuery unticked = words.with(Facet.TAG, "revue", true).with(Facet.TAG, "revue", false);
        assertEquals("(enfant OR jeune)", unticked.text());
        assertEquals(Map.of(), unticked.filters());
    }

    @Test
    void valuesWithSpacesQuotesOrBackslashesAreQuotedSoThatTheyStayOneValue() {
        LibraryQuery tagged = new LibraryQuery("", Map.of(Facet.TAG, Set.of("prévention \"primaire\" a\\b"),
                Facet.COUNTRY, Set.of("Maroc")));
        assertEquals("tag:\"prévention \\\"primaire\\\" a\\\\b\" AND country:\"Maroc\"", tagged.text());
    }

    @Test
    void aSyntaxErrorIsPlacedInTheWordsAsTyped() {
        LibraryQuery unclosed = new LibraryQuery("enfant AND (securite", Map.of(Facet.YEAR, Set.of("2024")));
        // "(enfant AND (securite) AND year:..." : the error the library reports at 21 is the 21st character typed
        assertEquals(21, unclosed.positionInWords(21));
        assertEquals(0, unclosed.positionInWords(40));
        assertEquals(0, new LibraryQuery("", Map.of()).positionInWords(3));
    }

    @Test
    void everyFacetHasAFieldOfTheQueryLanguage() {
        for (Facet facet : Facet.values()) {
            assertTrue(LibraryQuery.field(facet).matches("[a-z]+"), facet.name());
        }
    }
}
