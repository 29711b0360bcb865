package org.lanterne.literature.provider.references;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXObject;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.ConcateValue;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.ReferenceValue;
import org.jbibtex.Token;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;
import org.lanterne.literature.api.BibliographicDetails;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.ReferenceFormatException;
import org.lanterne.literature.api.WorkType;

/**
 * BibTeX, parsed by jbibtex and written here: UTF-8, LaTeX escapes for special characters and
 * accents, titles in double braces so that styles keep their capitals, and authors that are
 * not "Family, Given" in braces so that styles do not split them.
 */
final class BibtexCodec implements ReferenceCodec {

    // any type jbibtex takes as a name ("tech-report" too), so that entries and lines stay paired
    private static final Pattern ENTRY_START = Pattern.compile("@\\s*([^\\s{}(),=@\"#%]+)\\s*[{(]");
    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");
    private static final Map<WorkType, String> TYPES = Map.of(WorkType.ARTICLE, "article", WorkType.REPORT, "techreport",
            WorkType.BOOK, "book", WorkType.CHAPTER, "incollection", WorkType.THESIS, "phdthesis", WorkType.WEB_PAGE,
            "online", WorkType.OTHER, "misc");

    @Override
    public List<ReferenceEntry> read(String listName, String content) throws ReferenceFormatException {
        BibTeXDatabase database;
        try {
            database = new LenientParser().parse(new StringReader(content));
        } catch (ParseException e) {
            int line = line(e, content);
            throw new ReferenceFormatException("line " + line + ": not valid BibTeX (an entry is written "
                    + "@type{key, field = {value}, ...})", line);
        } catch (TokenMgrException e) {
            // the lexer's message quotes the character it met: only its line is kept
            Matcher m = LINE.matcher(String.valueOf(e.getMessage()));
            int line = m.find() ? Math.max(1, Integer.parseInt(m.group(1))) : lastLine(content);
            throw new ReferenceFormatException("line " + line + ": a character BibTeX does not allow here", line);
        }
        List<Integer> lines = entryLines(content);
        List<ReferenceEntry> entries = new ArrayList<>();
        int index = 0;
        for (BibTeXObject object : database.getObjects()) {
            if (object instanceof BibTeXEntry entry) {
                // an entry whose start the pattern missed gets the line of the last one found
                int line = index < lines.size() ? lines.get(index) : lines.isEmpty() ? 1 : lines.get(lines.size() - 1);
                index++;
                entries.add(entry(entry, line).entry(listName));
            }
        }
        return entries;
    }

    /** @return the line of the token the parser stopped at; when it met the end of the list, the list's last line */
    private static int line(ParseException e, String content) {
        Token at = e.currentToken == null ? null : e.currentToken.next != null ? e.currentToken.next : e.currentToken;
        return at != null && at.beginLine > 0 ? at.beginLine : lastLine(content);
    }

    private static int lastLine(String content) {
        return (int) Math.max(1, content.lines().count());
    }

    /** jbibtex keeps no positions: the lines of the entries, found again in the text in the same order. */
    private static List<Integer> entryLines(String content) {
        List<Integer> lines = new ArrayList<>();
        Matcher m = ENTRY_START.matcher(content);
        int line = 1;
        int position = 0;
        while (m.find()) {
            String type = m.group(1).toLowerCase(Locale.ROOT);
            if (type.equals("string") || type.equals("preamble") || type.equals("comment")) {
                continue;
            }
            for (; position < m.start(); position++) {
                if (content.charAt(position) == '\n') {
                    line++;
                }
            }
            lines.add(line);
        }
        return lines;
    }

    private static Draft entry(BibTeXEntry entry, int line) {
        Draft draft = new Draft(line);
        draft.type = type(entry.getType().getValue().toLowerCase(Locale.ROOT));
        draft.title(text(entry, "title").orElse(""));
        raw(entry, "author").ifPresent(authors -> splitAuthors(authors).forEach(a -> draft.author(Latex.unescape(a))));
        text(entry, "year").or(() -> text(entry, "date")).ifPresent(draft::year);
        raw(entry, "doi").ifPresent(draft::doi);
        draft.abstractText = text(entry, "abstract");
        draft.container = first(entry, "journal", "journaltitle", "booktitle", "series");
        draft.volume = text(entry, "volume");
        draft.issue = text(entry, "number");
        draft.pages = text(entry, "pages").map(p -> p.replaceAll("\\s*[-–]+\\s*", "-"));
        draft.publisher = first(entry, "publisher", "institution", "school", "organization");
        draft.url = raw(entry, "url").flatMap(Draft::clean);
        text(entry, "keywords").ifPresent(k -> {
            for (String keyword : k.split("[,;]")) {
                draft.tag(keyword);
            }
        });
        text(entry, "language").or(() -> text(entry, "langid")).ifPresent(draft::language);
        return draft;
    }

    /** Splits at " and " outside braces: "{Smith and Sons}" is one author. */
    static List<String> splitAuthors(String authors) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < authors.length(); i++) {
            char c = authors.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && Character.isWhitespace(c)) {
                Matcher and = AND.matcher(authors).region(i, authors.length());
                if (and.lookingAt()) {
                    names.add(authors.substring(start, i));
                    start = and.end();
                    i = and.end() - 1;
                }
            }
        }
        names.add(authors.substring(start));
        return names.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    private static WorkType type(String bibtex) {
        return switch (bibtex) {
            case "article" -> WorkType.ARTICLE;
            case "techreport", "report" -> WorkType.REPORT;
            case "book", "booklet" -> WorkType.BOOK;
            case "incollection", "inbook" -> WorkType.CHAPTER;
            case "phdthesis", "mastersthesis", "thesis" -> WorkType.THESIS;
            case "online", "www", "electronic" -> WorkType.WEB_PAGE;
            default -> WorkType.OTHER;
        };
    }

    private static Optional<String> first(BibTeXEntry entry, String... fields) {
        for (String field : fields) {
            Optional<String> value = text(entry, field);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(BibTeXEntry entry, String field) {
        return raw(entry, field).flatMap(v -> Draft.clean(Latex.unescape(v)));
    }

    private static Optional<String> raw(BibTeXEntry entry, String field) {
        Value value = entry.getField(new Key(field));
        // absent, or using an @string macro the list does not define
        return value == null || !resolved(value) ? Optional.empty() : Optional.ofNullable(value.toUserString());
    }

    private static boolean resolved(Value value) {
        if (value instanceof ReferenceValue macro) {
            return macro.isResolved();
        }
        if (value instanceof ConcateValue concatenation) {
            return resolved(concatenation.getLeft()) && resolved(concatenation.getRight());
        }
        return true;
    }

    /** Undefined @string macros and cross-references leave fields out instead of failing the list. */
    private static final class LenientParser extends BibTeXParser {

        LenientParser() throws ParseException {
            super();
        }

        @Override
        public void checkStringResolution(Key key, BibTeXString string) {
            // an undefined macro: the field that uses it is left out
        }

        @Override
        public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
            // a cross-reference to an entry outside the list: nothing is inherited
        }
    }

    @Override
    public String write(List<LiteratureRecord> records) {
        Map<String, String> keys = CitationKeys.of(records);
        StringBuilder out = new StringBuilder();
        for (LiteratureRecord r : records) {
            BibliographicDetails d = r.details();
            out.append('@').append(TYPES.get(d.type())).append('{').append(keys.get(r.id())).append(",\n");
            if (!r.authors().isEmpty()) {
                field(out, "author", String.join(" and ", r.authors().stream().map(BibtexCodec::author).toList()));
            }
            field(out, "title", "{" + Latex.escape(r.title()) + "}");
            r.year().ifPresent(y -> field(out, "year", Integer.toString(y)));
            r.doi().ifPresent(v -> field(out, "doi", verbatim(v)));
            d.abstractText().ifPresent(v -> field(out, "abstract", Latex.escape(v)));
            d.container().ifPresent(v -> field(out, containerField(d.type()), Latex.escape(v)));
            d.volume().ifPresent(v -> field(out, "volume", Latex.escape(v)));
            d.issue().ifPresent(v -> field(out, "number", Latex.escape(v)));
            d.pages().ifPresent(v -> field(out, "pages", Latex.escape(v).replaceAll("\\s*[-–]+\\s*", "--")));
            d.publisher().ifPresent(v -> field(out, publisherField(d.type()), Latex.escape(v)));
            d.url().ifPresent(v -> field(out, "url", verbatim(v)));
            if (!r.tags().isEmpty()) {
                field(out, "keywords", Latex.escape(String.join(", ", r.tags().stream().sorted().toList())));
            }
            if (!r.language().equals("und")) {
                field(out, "language", r.language());
            }
            out.setLength(out.length() - 2);
            out.append("\n}\n\n");
        }
        return out.toString();
    }

    private static String author(String name) {
        String escaped = Latex.escape(name);
        return Names.person(name).isPresent() ? escaped : "{" + escaped + "}";
    }

    /** DOIs and URLs are read verbatim by LaTeX: only braces, which would end the value, are encoded. */
    private static String verbatim(String value) {
        return value.replace("{", "%7B").replace("}", "%7D");
    }

    private static String containerField(WorkType type) {
        return switch (type) {
            case ARTICLE -> "journal";
            case CHAPTER -> "booktitle";
            default -> "series";
        };
    }

    private static String publisherField(WorkType type) {
        return switch (type) {
            case REPORT -> "institution";
            case THESIS -> "school";
            default -> "publisher";
        };
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }
}
