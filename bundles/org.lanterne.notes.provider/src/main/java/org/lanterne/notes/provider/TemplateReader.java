package org.lanterne.notes.provider;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.lanterne.notes.api.NoteTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a note template from JSON and checks it, naming the file and the field of the first
 * mistake:
 *
 * <pre>
 * { "id": "session-note", "version": "1", "title": { "en": "...", "fr": "...", "ar": "..." },
 *   "programmes": [],
 *   "sections": [ { "id": "presentation", "label": { "en": "..." }, "prompt": { "en": "..." }, "required": true } ] }
 * </pre>
 */
final class TemplateReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final int MAX_SECTIONS = 40;

    private TemplateReader() {
    }

    /** @throws IllegalArgumentException naming {@code source} and what is wrong */
    static NoteTemplate read(InputStream json, String source) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not JSON (line " + e.getLocation().getLineNr() + ").", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(source + ": a template is a JSON object.");
        }
        String id = id(root, "id", source);
        String version = text(root, "version", source);
        Map<String, String> titles = texts(root, "title", source);
        List<String> programmes = new ArrayList<>();
        for (JsonNode programme : root.path("programmes")) {
            programmes.add(id(programme, null, source + " programmes"));
        }
        JsonNode sections = root.path("sections");
        if (!sections.isArray() || sections.isEmpty() || sections.size() > MAX_SECTIONS) {
            throw new IllegalArgumentException(source + ": sections must be a list of 1 to " + MAX_SECTIONS + " sections.");
        }
        List<NoteTemplate.Section> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            JsonNode section = sections.get(i);
            String where = source + " sections[" + i + "]";
            String sectionId = id(section, "id", where);
            if (!ids.add(sectionId)) {
                throw new IllegalArgumentException(where + ": the section id " + sectionId + " is used twice.");
            }
            read.add(new NoteTemplate.Section(sectionId, texts(section, "label", where), texts(section, "prompt", where),
                    section.path("required").asBoolean(false)));
        }
        return new NoteTemplate(id, version, titles, programmes, read);
    }

    private static String id(JsonNode node, String field, String where) {
        String value = field == null ? node.asText("") : node.path(field).asText("");
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException(where + (field == null ? "" : " " + field)
                    + ": must be lower-case letters, digits and dashes, at most 64.");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String where) {
        String value = node.path(field).asText("");
        if (value.isBlank()) {
            throw new IllegalArgumentException(where + " " + field + ": missing.");
        }
        return value;
    }

    /** @return the texts by language tag, English required */
    private static Map<String, String> texts(JsonNode node, String field, String where) {
        JsonNode texts = node.path(field);
        Map<String, String> byLanguage = new LinkedHashMap<>();
        texts.fields().forEachRemaining(e -> byLanguage.put(e.getKey(), e.getValue().asText("")));
        if (byLanguage.getOrDefault("en", "").isBlank()) {
            throw new IllegalArgumentException(where + " " + field + ": needs at least an English (\"en\") text.");
        }
        return byLanguage;
    }
}
