package org.lanterne.literature.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Different spellings of one word give the same term, per language. */
class AnalyzersTest {

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource({
            "fr, enfants, enfant",
            "fr, Sécurité, securite",
            "fr, l'enfance, enfance",
            "fr, évaluations, evaluation",
            "fr, PRÉVENTION, prevention",
            "en, programmes, programme",
            "en, children's, children",
            "en, Évaluations, evaluation",
            "ar, الأطفال, أطفال",
            "ar, والمدرسة, مدرسة",
            "ar, إساءة, اساءة" })
    void variantsOfAWordMeetInOneTerm(String language, String variant, String plain) throws IOException {
        Analyzer analyzer = Analyzers.forLanguage(language);
        assertEquals(terms(analyzer, plain), terms(analyzer, variant));
    }

    @ParameterizedTest
    @CsvSource({ "Prévention primaire, prevention primaire", "  MAROC , maroc" })
    void keywordValuesAreComparedLowerCasedWithoutAccents(String value, String normal) {
        assertEquals(normal, Analyzers.normalise(value));
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        return terms;
    }
}
