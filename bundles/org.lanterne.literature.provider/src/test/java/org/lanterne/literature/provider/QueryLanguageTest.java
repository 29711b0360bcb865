package org.lanterne.literature.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lanterne.literature.api.QuerySyntaxException;

/** Parsing the query language, and where its errors are. */
class QueryLanguageTest {

    private final QueryLanguage language = new QueryLanguage(Analyzers.perField());

    @ParameterizedTest(name = "{0} fails at {1}")
    @CsvSource(delimiter = '|', value = {
            "enfant AND (securite|20",
            "enfant AND|10",
            "enfant \"abus sexuels|7",
            "enfant \"abus\" \"sexuels|14",
            "enfant AND ) maroc|11",
            "title:|6" })
    void aSyntaxErrorSaysWhereItIs(String query, int position) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> language.parse(query));
        assertEquals(position, e.position(), e.getMessage());
        assertTrue(!e.getMessage().isBlank());
    }

    @Test
    void unknownFieldsAndBadYearsAreExplained() {
        QuerySyntaxException field = assertThrows(QuerySyntaxException.class, () -> language.parse("editeur:unicef"));
        assertTrue(field.getMessage().contains("unknown field 'editeur:'"), field.getMessage());
        assertEquals(0, field.position());
        QuerySyntaxException year = assertThrows(QuerySyntaxException.class, () -> language.parse("year:vingt"));
        assertTrue(year.getMessage().contains("2020..2024"), year.getMessage());
    }

    @Test
    void frenchOperatorsInsidePhrasesAreWords() throws Exception {
        assertEquals(language.parse("\"enfants ET familles\"").toString(), language.parse("\"enfants ET familles\"").toString());
        String phrase = language.parse("\"enfants ET familles\"").toString();
        assertTrue(phrase.contains("text_fr:\"enfant et famil"), phrase);
        assertTrue(language.parse("enfants ET familles").toString().startsWith("+"));
    }

    @Test
    void aBlankQueryMatchesEverything() throws Exception {
        assertEquals(new MatchAllDocsQuery(), language.parse("  "));
    }

    @Test
    void yearRangesAreOpenOrClosed() throws Exception {
        assertEquals("year:[2020 TO 2024]", language.parse("year:2020..2024").toString());
        assertEquals("year:[2020 TO 2147483647]", language.parse("year:2020..").toString());
        assertEquals("year:[-2147483648 TO 2019]", language.parse("annee:..2019").toString());
        assertEquals("year:[2021 TO 2021]", language.parse("year:2021").toString());
    }
}
