package org.lanterne.literature.provider.references;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lanterne.literature.api.BibliographicDetails;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.ReferenceFormatException;
import org.lanterne.literature.api.WorkType;

/**
 * RIS: one field per line, {@code XY  - value}, each reference from {@code TY} to {@code ER}.
 * Unknown tags are skipped; a line that is not a tag continues the field before it (long
 * abstracts). Lines are written with CRLF, as the format asks; either ending is read.
 */
final class RisCodec implements ReferenceCodec {

    private static final Pattern TAG = Pattern.compile("^([A-Z][A-Z0-9])  ?-(?: (.*))?$");
    private static final Pattern PAGES = Pattern.compile("^\\s*([^-–]+?)\\s*[-–]+\\s*(.+?)\\s*$");
    private static final String EOL = "\r\n";
    private static final Map<WorkType, String> TYPES = Map.of(WorkType.ARTICLE, "JOUR", WorkType.REPORT, "RPRT",
            WorkType.BOOK, "BOOK", WorkType.CHAPTER, "CHAP", WorkType.THESIS, "THES", WorkType.WEB_PAGE, "ELEC",
            WorkType.OTHER, "GEN");

    @Override
    public List<ReferenceEntry> read(String listName, String content) throws ReferenceFormatException {
        List<ReferenceEntry> entries = new ArrayList<>();
        String[] lines = content.split("\r\n|\r|\n", -1);
        Draft draft = null;
        String tag = null;
        String startPage = null;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            Matcher m = TAG.matcher(line);
            if (!m.matches()) {
                if (draft != null && tag != null && !line.isBlank()) {
                    continueField(draft, tag, line);
                } else if (draft == null && !line.isBlank()) {
                    throw new ReferenceFormatException("line " + number + ": expected 'TY  - ' to start a reference", number);
                }
                continue;
            }
            tag = m.group(1);
            String value = m.group(2) == null ? "" : m.group(2).strip();
            if (draft == null) {
                if (!tag.equals("TY")) {
                    throw new ReferenceFormatException("line " + number + ": expected 'TY  - ' to start a reference, found '"
                            + tag + "'", number);
                }
                draft = new Draft(number);
                draft.type = type(value);
                startPage = null;
            } else if (tag.equals("TY")) {
                throw new ReferenceFormatException("line " + number + ": the reference starting at line " + draft.line
                        + " is not closed by 'ER  - '", number);
            } else if (tag.equals("ER")) {
                entries.add(draft.entry(listName));
                draft = null;
                tag = null;
            } else if (tag.equals("SP")) {
                startPage = value;
                draft.pages = Draft.clean(value);
            } else if (tag.equals("EP")) {
                draft.pages = Draft.clean(startPage == null || startPage.isBlank() ? value : startPage + "-" + value);
            } else {
                field(draft, tag, value);
            }
        }
        if (draft != null) {
            int last = lines.length;
            while (last > draft.line && lines[last - 1].isBlank()) {
                last--;
            }
            throw new ReferenceFormatException("line " + last + ": the reference starting at line " + draft.line
                    + " is not closed by 'ER  - '", last);
        }
        return entries;
    }

    private static WorkType type(String ris) {
        return switch (ris.strip()) {
            case "JOUR", "JFULL", "EJOUR", "MGZN" -> WorkType.ARTICLE;
            case "RPRT", "GOVDOC" -> WorkType.REPORT;
            case "BOOK", "EBOOK", "EDBOOK" -> WorkType.BOOK;
            case "CHAP", "ECHAP" -> WorkType.CHAPTER;
            case "THES" -> WorkType.THESIS;
            case "ELEC", "WEB", "BLOG" -> WorkType.WEB_PAGE;
            default -> WorkType.OTHER;
        };
    }

    private static void field(Draft draft, String tag, String value) {
        switch (tag) {
            case "TI", "T1" -> draft.title(value);
            case "AU", "A1" -> draft.author(value);
            case "PY", "Y1", "DA" -> {
                if (draft.year.isEmpty()) {
                    draft.year(value);
                }
            }
            case "DO" -> draft.doi(value);
            case "AB", "N2" -> draft.abstractText = draft.abstractText.or(() -> Draft.clean(value));
            case "T2", "JO", "JF", "JA", "BT", "T3" -> draft.container = draft.container.or(() -> Draft.clean(value));
            case "VL" -> draft.volume = Draft.clean(value);
            case "IS" -> draft.issue = Draft.clean(value);
            case "PB" -> draft.publisher = Draft.clean(value);
            case "UR" -> draft.url = draft.url.or(() -> Draft.clean(value));
            case "KW" -> draft.tag(value);
            case "LA" -> draft.language(value);
            default -> {
                // other tags (notes, call numbers, databases, ...) are not kept
            }
        }
    }

    /** Only the fields that run over several lines in practice continue. */
    private static void continueField(Draft draft, String tag, String line) {
        switch (tag) {
            case "TI", "T1" -> draft.title(draft.title + " " + line);
            case "AB", "N2" -> draft.abstractText = Draft.clean(draft.abstractText.orElse("") + " " + line);
            default -> {
                // a stray line in another field carries nothing Lanterne keeps
            }
        }
    }

    @Override
    public String write(List<LiteratureRecord> records) {
        Map<String, String> keys = CitationKeys.of(records);
        StringBuilder out = new StringBuilder();
        for (LiteratureRecord r : records) {
            BibliographicDetails d = r.details();
            line(out, "TY", TYPES.get(d.type()));
            line(out, "ID", keys.get(r.id()));
            line(out, "TI", r.title());
            r.authors().forEach(a -> line(out, "AU", a));
            r.year().ifPresent(y -> line(out, "PY", Integer.toString(y)));
            r.doi().ifPresent(v -> line(out, "DO", v));
            d.abstractText().ifPresent(v -> line(out, "AB", v));
            d.container().ifPresent(v -> line(out, "T2", v));
            d.volume().ifPresent(v -> line(out, "VL", v));
            d.issue().ifPresent(v -> line(out, "IS", v));
            d.pages().ifPresent(v -> pages(out, v));
            d.publisher().ifPresent(v -> line(out, "PB", v));
            d.url().ifPresent(v -> line(out, "UR", v));
            r.tags().stream().sorted().forEach(t -> line(out, "KW", t));
            if (!r.language().equals("und")) {
                line(out, "LA", r.language());
            }
            out.append("ER  - ").append(EOL).append(EOL);
        }
        return out.toString();
    }

    private static void pages(StringBuilder out, String pages) {
        Matcher m = PAGES.matcher(pages);
        if (m.matches()) {
            line(out, "SP", m.group(1));
            line(out, "EP", m.group(2));
        } else {
            line(out, "SP", pages);
        }
    }

    /** Line breaks inside a value would start a new field: they become spaces. */
    private static void line(StringBuilder out, String tag, String value) {
        out.append(tag).append("  - ").append(Optional.ofNullable(value).orElse("").replaceAll("[\\r\\n]+", " ")).append(EOL);
    }
}
