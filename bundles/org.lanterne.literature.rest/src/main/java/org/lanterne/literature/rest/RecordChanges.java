package org.lanterne.literature.rest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import javax.servlet.http.HttpServletResponse;

import org.lanterne.literature.api.BibliographicDetails;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.WorkType;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A metadata correction sent as JSON, applied to a record: {@code PUT} replaces every field a
 * user may correct (a field left out is cleared), {@code PATCH} changes the fields it names
 * ({@code null} clears one). The fields are those of {@link RecordView}; {@code id},
 * {@code documentType} and {@code sourceFileName} may be sent back but not changed.
 */
final class RecordChanges {

    private static final Set<String> EDITABLE = Set.of("title", "authors", "year", "doi", "language", "tags", "country",
            "type", "abstract", "container", "volume", "issue", "pages", "publisher", "url");
    private static final Set<String> FIXED = Set.of("id", "documentType", "sourceFileName");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final int MAX_TEXT = 20_000;
    private static final int MAX_ITEMS = 500;

    private RecordChanges() {
    }

    static LiteratureRecord apply(LiteratureRecord old, JsonNode body, boolean replaceAll) throws HttpProblem {
        if (body == null || !body.isObject()) {
            throw bad("Send a JSON object with the fields to correct.");
        }
        Map<String, String> fixed = Map.of("id", old.id(), "documentType", old.documentType(), "sourceFileName",
                old.sourceFileName());
        for (var names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (FIXED.contains(name)) {
                if (!body.get(name).asText().equals(fixed.get(name))) {
                    throw bad("The field " + name + " cannot be changed.");
                }
            } else if (!EDITABLE.contains(name)) {
                throw bad("Unknown field " + name + ".");
            }
        }
        Fields f = new Fields(old, body, replaceAll);
        String title = f.text("title", old.title()).orElseThrow(() -> bad("A record needs a title."));
        BibliographicDetails d = old.details();
        BibliographicDetails details = new BibliographicDetails(f.type(d.type()), f.text("abstract", d.abstractText()),
                f.text("container", d.container()), f.text("volume", d.volume()), f.text("issue", d.issue()),
                f.text("pages", d.pages()), f.text("publisher", d.publisher()), f.text("url", d.url()));
        return new LiteratureRecord(old.id(), title, f.list("authors", old.authors()), f.year(old.year()), f.doi(old.doi()),
                f.language(old.language()), old.documentType(), new LinkedHashSet<>(f.list("tags", List.copyOf(old.tags()))),
                f.text("country", old.country()), old.sourceFileName(), old.contentHash(), details);
    }

    private static HttpProblem bad(String message) {
        return new HttpProblem(HttpServletResponse.SC_BAD_REQUEST, message);
    }

    /** Reads one field: absent keeps the old value for PATCH and clears it for PUT. */
    private record Fields(LiteratureRecord old, JsonNode body, boolean replaceAll) {

        private boolean keeps(String name) {
            return !body.has(name) && !replaceAll;
        }

        private boolean clears(String name) {
            return !body.has(name) || body.get(name).isNull();
        }

        Optional<String> text(String name, String current) throws HttpProblem {
            return text(name, Optional.of(current));
        }

        Optional<String> text(String name, Optional<String> current) throws HttpProblem {
            if (keeps(name)) {
                return current;
            }
            if (clears(name)) {
                return Optional.empty();
            }
            JsonNode value = body.get(name);
            if (!value.isTextual()) {
                throw bad("The field " + name + " must be a string.");
            }
            String text = value.asText().strip();
            if (text.length() > MAX_TEXT) {
                throw bad("The field " + name + " has more than " + MAX_TEXT + " characters.");
            }
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }

        List<String> list(String name, List<String> current) throws HttpProblem {
            if (keeps(name)) {
                return current;
            }
            if (clears(name)) {
                return List.of();
            }
            JsonNode value = body.get(name);
            if (!value.isArray() || value.size() > MAX_ITEMS) {
                throw bad("The field " + name + " must be an array of at most " + MAX_ITEMS + " strings.");
            }
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isTextual() || item.asText().length() > 1_000) {
                    throw bad("The field " + name + " must be an array of strings of at most 1000 characters.");
                }
                if (!item.asText().isBlank()) {
                    items.add(item.asText().strip());
                }
            }
            return items;
        }

        OptionalInt year(OptionalInt current) throws HttpProblem {
            if (keeps("year")) {
                return current;
            }
            if (clears("year")) {
                return OptionalInt.empty();
            }
            JsonNode value = body.get("year");
            if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 1000 || value.asInt() > 2999) {
                throw bad("The field year must be a year such as 2024.");
            }
            return OptionalInt.of(value.asInt());
        }

        Optional<String> doi(Optional<String> current) throws HttpProblem {
            Optional<String> doi = text("doi", current).map(d -> d.replaceFirst("^(?i)(https?://(dx\\.)?doi\\.org/|doi:\\s*)", "")
                    .toLowerCase(Locale.ROOT));
            if (body.has("doi") && doi.isPresent() && !DOI.matcher(doi.get()).matches()) {
                throw bad("The field doi must be a DOI such as 10.1234/abcd.");
            }
            return doi;
        }

        String language(String current) throws HttpProblem {
            String language = text("language", current).orElse("und").toLowerCase(Locale.ROOT);
            if (!LANGUAGE.matcher(language).matches()) {
                throw bad("The field language must be a language code such as fr, en or ar.");
            }
            return language;
        }

        WorkType type(WorkType current) throws HttpProblem {
            Optional<String> type = text("type", Optional.of(current.name()));
            if (type.isEmpty()) {
                return WorkType.OTHER;
            }
            try {
                return WorkType.valueOf(type.get().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw bad("The field type must be one of article, report, book, chapter, thesis, web_page, other.");
            }
        }
    }
}
