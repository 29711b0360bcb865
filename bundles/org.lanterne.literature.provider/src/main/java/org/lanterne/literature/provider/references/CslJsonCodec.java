package org.lanterne.literature.provider.references;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lanterne.literature.api.BibliographicDetails;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.ReferenceFormatException;
import org.lanterne.literature.api.WorkType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * CSL-JSON, the input of citation processors: an array of items with {@code type},
 * {@code title}, {@code author} ({@code family}/{@code given} or {@code literal}),
 * {@code issued} ({@code date-parts}), {@code DOI}, ... Read item by item with Jackson's
 * streaming parser, so that each item's line is known.
 */
final class CslJsonCodec implements ReferenceCodec {

    // reference lists are flat: deep nesting or huge strings are refused before they cost anything
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(1 << 20).build())
            .build()).enable(SerializationFeature.INDENT_OUTPUT);
    private static final Map<WorkType, String> TYPES = Map.of(WorkType.ARTICLE, "article-journal", WorkType.REPORT,
            "report", WorkType.BOOK, "book", WorkType.CHAPTER, "chapter", WorkType.THESIS, "thesis", WorkType.WEB_PAGE,
            "webpage", WorkType.OTHER, "document");

    @Override
    public List<ReferenceEntry> read(String listName, String content) throws ReferenceFormatException {
        List<ReferenceEntry> entries = new ArrayList<>();
        JsonParser parser = null;
        try {
            parser = JSON.createParser(content);
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                int line = parser.currentLocation().getLineNr();
                entries.add(item(JSON.readTree(parser), line, listName));
            } else if (first == JsonToken.START_ARRAY) {
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                    int line = parser.currentLocation().getLineNr();
                    if (token != JsonToken.START_OBJECT) {
                        throw new ReferenceFormatException("line " + line + ": each item of a CSL-JSON list is an object", line);
                    }
                    entries.add(item(JSON.readTree(parser), line, listName));
                }
            } else {
                int line = parser.currentLocation().getLineNr();
                throw new ReferenceFormatException("line " + line + ": CSL-JSON is an array of items [{...}, ...]", line);
            }
            if (parser.nextToken() != null) {
                int line = parser.currentLocation().getLineNr();
                throw new ReferenceFormatException("line " + line + ": text after the end of the list", line);
            }
        } catch (JsonProcessingException e) {
            // the parser's message quotes the text: only the line is kept (a limit's error has no location)
            int line = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr()
                    : parser == null ? 1 : parser.currentLocation().getLineNr();
            throw new ReferenceFormatException("line " + line + ": not valid JSON", line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(parser);
        }
        return entries;
    }

    private static void close(JsonParser parser) {
        try {
            if (parser != null) {
                parser.close();
            }
        } catch (IOException e) {
            // a parser over a string holds nothing to release
        }
    }

    private static ReferenceEntry item(JsonNode item, int line, String listName) {
        Draft draft = new Draft(line);
        draft.type = type(item.path("type").asText(""));
        draft.title(string(item, "title"));
        for (JsonNode author : item.path("author")) {
            if (author.hasNonNull("literal")) {
                draft.author(author.get("literal").asText());
            } else if (author.hasNonNull("family")) {
                draft.author(Names.author(author.get("family").asText(), author.path("given").asText("")));
            }
        }
        JsonNode issued = item.path("issued");
        if (issued.path("date-parts").path(0).path(0).canConvertToInt()) {
            draft.year(issued.path("date-parts").path(0).path(0).asText());
        } else {
            draft.year(issued.path("raw").asText(issued.path("literal").asText("")));
        }
        draft.doi(string(item, "DOI"));
        draft.abstractText = Draft.clean(string(item, "abstract"));
        draft.container = Draft.clean(string(item, "container-title"));
        draft.volume = Draft.clean(string(item, "volume"));
        draft.issue = Draft.clean(string(item, "issue"));
        draft.pages = Draft.clean(string(item, "page"));
        draft.publisher = Draft.clean(string(item, "publisher"));
        draft.url = Draft.clean(string(item, "URL"));
        for (String keyword : string(item, "keyword").split("[,;]")) {
            draft.tag(keyword);
        }
        Draft.clean(string(item, "language")).ifPresent(draft::language);
        return draft.entry(listName);
    }

    /** Numbers are accepted where strings are expected ({@code "volume": 12}). */
    private static String string(JsonNode item, String field) {
        JsonNode value = item.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : "";
    }

    private static WorkType type(String csl) {
        return switch (csl) {
            case "article-journal", "article", "article-magazine", "article-newspaper" -> WorkType.ARTICLE;
            case "report" -> WorkType.REPORT;
            case "book" -> WorkType.BOOK;
            case "chapter" -> WorkType.CHAPTER;
            case "thesis" -> WorkType.THESIS;
            case "webpage", "post-weblog", "post" -> WorkType.WEB_PAGE;
            default -> WorkType.OTHER;
        };
    }

    @Override
    public String write(List<LiteratureRecord> records) {
        Map<String, String> keys = CitationKeys.of(records);
        ArrayNode items = JSON.createArrayNode();
        for (LiteratureRecord r : records) {
            BibliographicDetails d = r.details();
            ObjectNode item = items.addObject();
            item.put("id", keys.get(r.id()));
            item.put("type", TYPES.get(d.type()));
            item.put("title", r.title());
            if (!r.authors().isEmpty()) {
                ArrayNode authors = item.putArray("author");
                for (String author : r.authors()) {
                    Optional<Names.Person> person = Names.person(author);
                    ObjectNode name = authors.addObject();
                    if (person.isPresent()) {
                        name.put("family", person.get().family());
                        if (!person.get().given().isEmpty()) {
                            name.put("given", person.get().given());
                        }
                    } else {
                        name.put("literal", author);
                    }
                }
            }
            r.year().ifPresent(y -> item.putObject("issued").putArray("date-parts").addArray().add(y));
            r.doi().ifPresent(v -> item.put("DOI", v));
            d.abstractText().ifPresent(v -> item.put("abstract", v));
            d.container().ifPresent(v -> item.put("container-title", v));
            d.volume().ifPresent(v -> item.put("volume", v));
            d.issue().ifPresent(v -> item.put("issue", v));
            d.pages().ifPresent(v -> item.put("page", v));
            d.publisher().ifPresent(v -> item.put("publisher", v));
            d.url().ifPresent(v -> item.put("URL", v));
            if (!r.tags().isEmpty()) {
                item.put("keyword", String.join(", ", r.tags().stream().sorted().toList()));
            }
            if (!r.language().equals("und")) {
                item.put("language", r.language());
            }
        }
        try {
            return JSON.writeValueAsString(items) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers is always written", e);
        }
    }
}
