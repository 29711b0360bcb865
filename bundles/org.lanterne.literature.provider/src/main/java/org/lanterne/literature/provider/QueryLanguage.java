package org.lanterne.literature.provider;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.lanterne.literature.api.QuerySyntaxException;

/**
 * The query language of {@code docs/literature.md} on top of Lucene's classic syntax: plain
 * words search titles (boosted), file names and text in every language; {@code title:},
 * {@code text:}, {@code author:}, {@code year:}, {@code lang:}, {@code type:}, {@code tag:},
 * {@code country:} and {@code doi:} restrict a term to one field; {@code year:2020..2024} is a
 * range; French {@code ET}/{@code OU}/{@code SAUF} work like {@code AND}/{@code OR}/{@code NOT}.
 */
final class QueryLanguage {

    static final float TITLE_BOOST = 3f;
    static final float FILE_BOOST = 1.5f;
    /** Far more than anyone writes; the classic parser recurses once per bracket and would overflow its stack. */
    static final int MAX_DEPTH = 32;

    private static final Pattern YEARS = Pattern.compile("(\\d{4})?\\.\\.(\\d{4})?|(\\d{4})");
    private static final Pattern FRENCH_OPERATOR = Pattern.compile("(?<![\\p{L}\\p{N}_])(ET|OU|SAUF)(?![\\p{L}\\p{N}_])");
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
    private static final Pattern FIELD_IN_MESSAGE = Pattern.compile("unknown field '([^':]+):'");
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("french", "fr", "francais", "fr", "english", "en",
            "anglais", "en", "arabic", "ar", "arabe", "ar", "عربي", "ar", "العربية", "ar");

    private final Analyzer analyzer;

    QueryLanguage(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query parse(String query) throws QuerySyntaxException {
        if (query == null || query.isBlank()) {
            return new MatchAllDocsQuery();
        }
        int tooDeep = tooDeep(query);
        if (tooDeep >= 0) {
            throw new QuerySyntaxException("brackets nested more than " + MAX_DEPTH + " deep", tooDeep);
        }
        Parser parser = new Parser(analyzer);
        try {
            return parser.parse(frenchOperators(query));
        } catch (ParseException e) {
            throw syntaxError(query, e);
        } catch (IllegalArgumentException e) {
            // too many clauses, unparsable range bounds and the like
            throw new QuerySyntaxException(e.getMessage() == null ? "invalid query" : e.getMessage(), -1);
        }
    }

    /** Same length as the input, so that error positions still point into what the user typed. */
    private static String frenchOperators(String query) {
        StringBuilder out = new StringBuilder(query.length());
        boolean quoted = false;
        int last = 0;
        Matcher m = FRENCH_OPERATOR.matcher(query);
        while (m.find()) {
            for (int i = last; i < m.start(); i++) {
                if (query.charAt(i) == '"') {
                    quoted = !quoted;
                }
            }
            out.append(query, last, m.start());
            if (quoted) {
                out.append(m.group(1));
            } else {
                out.append(switch (m.group(1)) {
                    case "ET" -> "&&";
                    case "OU" -> "||";
                    default -> " NOT";
                });
            }
            last = m.end();
        }
        return out.append(query, last, query.length()).toString();
    }

    private static QuerySyntaxException syntaxError(String query, ParseException wrapper) {
        int quote = unclosedQuote(query);
        if (quote >= 0) {
            return new QuerySyntaxException("unclosed quote", quote);
        }
        Throwable cause = wrapper.getCause();
        if (cause instanceof ParseException e && e.currentToken != null && e.currentToken.next != null) {
            Token bad = e.currentToken.next;
            if (bad.kind == 0) {
                return new QuerySyntaxException("the query ends too early: a term or a closing parenthesis is missing",
                        query.length());
            }
            // the classic parser counts columns from 0 on a one-line query
            return new QuerySyntaxException("unexpected '" + bad.image + "'", Math.min(query.length(), bad.beginColumn));
        }
        if (cause instanceof ParseException e) {
            // raised by the field rules below: the message is ours, the position is the field's
            Matcher field = FIELD_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
            String name = field.find() ? field.group(1) : e.getMessage().startsWith("year:") ? "year" : null;
            int position = name == null ? -1 : query.toLowerCase(Locale.ROOT).indexOf(name.toLowerCase(Locale.ROOT) + ":");
            return new QuerySyntaxException(e.getMessage(), position);
        }
        if (cause instanceof TokenMgrError) {
            Matcher column = COLUMN.matcher(String.valueOf(cause.getMessage()));
            int position = column.find() ? Math.min(query.length(), Integer.parseInt(column.group(1))) : -1;
            return new QuerySyntaxException("unexpected character", position);
        }
        return new QuerySyntaxException("invalid query", -1);
    }

    /** @return the position of the first opening bracket deeper than {@link #MAX_DEPTH} outside quotes, or -1 */
    private static int tooDeep(String query) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(' && ++depth > MAX_DEPTH) {
                return i;
            } else if (!quoted && c == ')' && depth > 0) {
                depth--;
            }
        }
        return -1;
    }

    /** @return the position of a quote that is never closed, or -1 */
    private static int unclosedQuote(String query) {
        int open = -1;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                open = open < 0 ? i : -1;
            }
        }
        return open;
    }

    private static String[] defaultFields() {
        List<String> fields = new ArrayList<>();
        for (String language : Analyzers.LANGUAGES) {
            fields.add(Fields.title(language));
            fields.add(Fields.text(language));
        }
        fields.add(Fields.FILE_WORDS);
        return fields.toArray(String[]::new);
    }

    private static Map<String, Float> boosts() {
        Map<String, Float> boosts = new HashMap<>();
        for (String language : Analyzers.LANGUAGES) {
            boosts.put(Fields.title(language), TITLE_BOOST);
        }
        boosts.put(Fields.FILE_WORDS, FILE_BOOST);
        return boosts;
    }

    /** What one field name of the language searches. */
    private static List<String> expand(String field) throws ParseException {
        List<String> fields = new ArrayList<>();
        if (field.startsWith("title_") || field.startsWith("text_") || field.equals(Fields.FILE_WORDS)) {
            // the parser's own calls for the default fields come back through here
            return List.of(field);
        }
        switch (field.toLowerCase(Locale.ROOT)) {
            case "title", "titre" -> {
                Analyzers.LANGUAGES.forEach(l -> fields.add(Fields.title(l)));
                fields.add(Fields.FILE_WORDS);
            }
            case "text", "texte" -> Analyzers.LANGUAGES.forEach(l -> fields.add(Fields.text(l)));
            case "author", "auteur" -> fields.add(Fields.AUTHOR);
            case "lang", "language", "langue" -> fields.add(Fields.LANGUAGE);
            case "type" -> fields.add(Fields.TYPE);
            case "tag" -> fields.add(Fields.TAG);
            case "country", "pays" -> fields.add(Fields.COUNTRY);
            case "doi" -> fields.add(Fields.DOI);
            default -> throw new ParseException("unknown field '" + field + ":' (known: title, text, author, year, lang, type, tag, country, doi)");
        }
        return fields;
    }

    private static final class Parser extends MultiFieldQueryParser {

        Parser(Analyzer analyzer) {
            super(defaultFields(), analyzer, boosts());
            setDefaultOperator(QueryParser.Operator.AND);
            setAllowLeadingWildcard(false);
            setSplitOnWhitespace(true);
        }

        @Override
        protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
            if (field == null) {
                return super.getFieldQuery(null, text, quoted);
            }
            if (isYear(field)) {
                return years(text);
            }
            if (isLanguage(field)) {
                text = LANGUAGE_NAMES.getOrDefault(Analyzers.normalise(text), text);
            }
            List<Query> parts = new ArrayList<>();
            for (String real : expand(field)) {
                Query q = super.getFieldQuery(real, text, quoted);
                if (q != null) {
                    parts.add(q);
                }
            }
            return any(parts);
        }

        @Override
        protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
            if (field == null) {
                return super.getFieldQuery(null, text, slop);
            }
            if (isYear(field)) {
                return years(text);
            }
            List<Query> parts = new ArrayList<>();
            for (String real : expand(field)) {
                Query q = super.getFieldQuery(real, text, slop);
                if (q != null) {
                    parts.add(q);
                }
            }
            return any(parts);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                boolean endInclusive) throws ParseException {
            if (field != null && isYear(field)) {
                int low = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : year(part1);
                int high = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : year(part2);
                return IntPoint.newRangeQuery(Fields.YEAR, startInclusive ? low : low + 1, endInclusive ? high : high - 1);
            }
            if (field == null) {
                throw new ParseException("a range needs a field, for example year:[2020 TO 2024]");
            }
            List<Query> parts = new ArrayList<>();
            for (String real : expand(field)) {
                parts.add(super.getRangeQuery(real, part1, part2, startInclusive, endInclusive));
            }
            return any(parts);
        }

        @Override
        protected Query getWildcardQuery(String field, String text) throws ParseException {
            if (field == null) {
                return super.getWildcardQuery(null, text);
            }
            noPatternOnYear(field);
            List<Query> parts = new ArrayList<>();
            for (String real : expand(field)) {
                parts.add(super.getWildcardQuery(real, text));
            }
            return any(parts);
        }

        @Override
        protected Query getPrefixQuery(String field, String text) throws ParseException {
            if (field == null) {
                return super.getPrefixQuery(null, text);
            }
            noPatternOnYear(field);
            List<Query> parts = new ArrayList<>();
            for (String real : expand(field)) {
                parts.add(super.getPrefixQuery(real, text));
            }
            return any(parts);
        }

        @Override
        protected Query getFuzzyQuery(String field, String text, float similarity) throws ParseException {
            if (field == null) {
                return super.getFuzzyQuery(null, text, similarity);
            }
            noPatternOnYear(field);
            List<Query> parts = new ArrayList<>();
            for (String real : expand(field)) {
                parts.add(super.getFuzzyQuery(real, stem(real, text), similarity));
            }
            return any(parts);
        }

        /** The indexed form of one word (fuzzy terms are compared with stems, so they are stemmed too). */
        private String stem(String field, String word) {
            try (TokenStream tokens = getAnalyzer().tokenStream(field, word)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                tokens.reset();
                String first = tokens.incrementToken() ? term.toString() : null;
                boolean single = first != null && !tokens.incrementToken();
                tokens.end();
                return single ? first : word;
            } catch (java.io.IOException e) {
                return word;
            }
        }

        @Override
        protected Query getRegexpQuery(String field, String text) throws ParseException {
            throw new ParseException("regular expressions are not part of the query language");
        }

        private static boolean isYear(String field) {
            String f = field.toLowerCase(Locale.ROOT);
            return f.equals("year") || f.equals("annee") || f.equals("année");
        }

        private static boolean isLanguage(String field) {
            String f = field.toLowerCase(Locale.ROOT);
            return f.equals("lang") || f.equals("language") || f.equals("langue");
        }

        private static void noPatternOnYear(String field) throws ParseException {
            if (isYear(field)) {
                throw new ParseException("year: takes a year or a range such as 2020..2024, not a pattern");
            }
        }

        private static Query years(String text) throws ParseException {
            Matcher m = YEARS.matcher(text.strip());
            if (!m.matches()) {
                throw new ParseException("year: takes a year or a range such as 2020..2024");
            }
            if (m.group(3) != null) {
                return IntPoint.newExactQuery(Fields.YEAR, Integer.parseInt(m.group(3)));
            }
            int low = m.group(1) == null ? Integer.MIN_VALUE : Integer.parseInt(m.group(1));
            int high = m.group(2) == null ? Integer.MAX_VALUE : Integer.parseInt(m.group(2));
            return IntPoint.newRangeQuery(Fields.YEAR, low, high);
        }

        private static int year(String text) throws ParseException {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new ParseException("year: takes a year or a range such as 2020..2024");
            }
        }

        private static Query any(List<Query> parts) {
            if (parts.isEmpty()) {
                return null;
            }
            if (parts.size() == 1) {
                return parts.get(0);
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            parts.forEach(p -> any.add(p, BooleanClause.Occur.SHOULD));
            return any.build();
        }
    }
}
