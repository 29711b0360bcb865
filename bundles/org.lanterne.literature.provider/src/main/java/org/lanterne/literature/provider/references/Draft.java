package org.lanterne.literature.provider.references;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lanterne.literature.api.BibliographicDetails;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.WorkType;

/** Collects the fields of one reference as a reader finds them, normalising each. */
final class Draft {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern DOI_PREFIX = Pattern.compile("^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
    private static final Map<String, String> LANGUAGE_NAMES = Map.ofEntries(
            Map.entry("french", "fr"), Map.entry("français", "fr"), Map.entry("francais", "fr"), Map.entry("fre", "fr"),
            Map.entry("fra", "fr"), Map.entry("english", "en"), Map.entry("anglais", "en"), Map.entry("eng", "en"),
            Map.entry("arabic", "ar"), Map.entry("arabe", "ar"), Map.entry("ara", "ar"), Map.entry("العربية", "ar"));

    final int line;
    WorkType type = WorkType.OTHER;
    String title = "";
    final List<String> authors = new ArrayList<>();
    OptionalInt year = OptionalInt.empty();
    Optional<String> doi = Optional.empty();
    String language = "und";
    final Set<String> tags = new LinkedHashSet<>();
    Optional<String> abstractText = Optional.empty();
    Optional<String> container = Optional.empty();
    Optional<String> volume = Optional.empty();
    Optional<String> issue = Optional.empty();
    Optional<String> pages = Optional.empty();
    Optional<String> publisher = Optional.empty();
    Optional<String> url = Optional.empty();

    Draft(int line) {
        this.line = line;
    }

    void title(String value) {
        title = clean(value).orElse("");
    }

    void author(String value) {
        clean(value).ifPresent(authors::add);
    }

    void year(String value) {
        Matcher m = YEAR.matcher(value);
        if (m.find()) {
            year = OptionalInt.of(Integer.parseInt(m.group(1)));
        }
    }

    void doi(String value) {
        doi = clean(value).map(d -> DOI_PREFIX.matcher(d).replaceFirst("").toLowerCase(Locale.ROOT)).filter(d -> d.startsWith("10."));
    }

    void language(String value) {
        String code = value.strip().toLowerCase(Locale.ROOT);
        int region = code.indexOf('-') > 0 ? code.indexOf('-') : code.indexOf('_');
        if (region > 0) {
            code = code.substring(0, region);
        }
        code = LANGUAGE_NAMES.getOrDefault(code, code);
        language = LANGUAGE_CODE.matcher(code).matches() ? code : "und";
    }

    void tag(String value) {
        clean(value).ifPresent(tags::add);
    }

    /** Optional values: blank means absent; runs of white space (line breaks of a long field) become one space. */
    static Optional<String> clean(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String cleaned = value.replaceAll("\\s+", " ").strip();
        return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
    }

    ReferenceEntry entry(String listName) {
        BibliographicDetails details = new BibliographicDetails(type, abstractText, container, volume, issue, pages,
                publisher, url);
        return new ReferenceEntry(line, new LiteratureRecord("", title, authors, year, doi, language,
                LiteratureRecord.REFERENCE, tags, Optional.empty(), listName, "", details));
    }
}
