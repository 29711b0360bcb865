package org.lanterne.literature.provider;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Text analysis per language. Every chain lowercases and folds accents before stemming, so that a
 * query typed without accents or in the singular finds the accented, plural forms. Stop words are
 * kept: a phrase such as "signalement en ligne" then matches (and is highlighted) word for word.
 */
final class Analyzers {

    static final List<String> LANGUAGES = List.of("fr", "en", "ar", "und");

    private Analyzers() {
    }

    /** The analyzer for every field of the index, by field name. */
    static Analyzer perField() {
        Map<String, Analyzer> fields = new HashMap<>();
        Analyzer folding = folding();
        for (String language : LANGUAGES) {
            Analyzer text = forLanguage(language);
            fields.put(Fields.text(language), text);
            fields.put(Fields.title(language), text);
        }
        Analyzer keyword = keyword();
        for (String field : Fields.KEYWORDS) {
            fields.put(field, keyword);
        }
        return new PerFieldAnalyzerWrapper(folding, fields);
    }

    static Analyzer forLanguage(String language) {
        return switch (language) {
            case "fr" -> french();
            case "en" -> english();
            case "ar" -> arabic();
            default -> folding();
        };
    }

    /** @return the usual stop words of {@code language}, for "more like this" */
    static Set<String> stopWords(String language) {
        CharArraySet words = switch (language) {
            case "fr" -> FrenchAnalyzer.getDefaultStopSet();
            case "en" -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
            case "ar" -> ArabicAnalyzer.getDefaultStopSet();
            default -> CharArraySet.EMPTY_SET;
        };
        Set<String> stop = new HashSet<>();
        for (Object word : words) {
            stop.add(new String((char[]) word));
        }
        return stop;
    }

    /** Lower case and accent folding: the normal form of keyword values (tags, countries). */
    static String normalise(String value) {
        char[] in = value.trim().toLowerCase(java.util.Locale.ROOT).toCharArray();
        char[] out = new char[in.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, length);
    }

    private static Analyzer french() {
        return new Folding() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                // l'enfant, d'abus, qu'il: the article is not part of the word
                TokenStream s = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                s = new LowerCaseFilter(s);
                s = new ASCIIFoldingFilter(s);
                s = new FrenchLightStemFilter(s);
                return new TokenStreamComponents(source, s);
            }
        };
    }

    private static Analyzer english() {
        return new Folding() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new EnglishPossessiveFilter(source);
                s = new LowerCaseFilter(s);
                s = new ASCIIFoldingFilter(s);
                s = new PorterStemFilter(s);
                return new TokenStreamComponents(source, s);
            }
        };
    }

    private static Analyzer arabic() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                s = new DecimalDigitFilter(s);
                s = new ArabicNormalizationFilter(s);
                s = new ArabicStemFilter(s);
                // Latin words inside Arabic text (names, acronyms) are folded like everywhere else
                s = new ASCIIFoldingFilter(s);
                return new TokenStreamComponents(source, s);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new ArabicNormalizationFilter(new LowerCaseFilter(in)));
            }
        };
    }

    /** Words lowercased and folded, no stemming: authors, file names, text of unknown language. */
    private static Analyzer folding() {
        return new Folding() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, s);
            }
        };
    }

    /** The whole value as one term, lowercased and folded. */
    private static Analyzer keyword() {
        return new Folding() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }
        };
    }

    /** Wildcard, prefix and fuzzy terms are not stemmed, only lowercased and folded. */
    private abstract static class Folding extends Analyzer {
        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
