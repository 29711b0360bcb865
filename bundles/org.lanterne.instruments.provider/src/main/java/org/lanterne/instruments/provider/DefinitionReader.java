package org.lanterne.instruments.provider;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lanterne.instruments.api.Band;
import org.lanterne.instruments.api.BandProfile;
import org.lanterne.instruments.api.Choice;
import org.lanterne.instruments.api.DefinitionException;
import org.lanterne.instruments.api.DefinitionProblem;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.InstrumentKind;
import org.lanterne.instruments.api.Item;
import org.lanterne.instruments.api.ItemType;
import org.lanterne.instruments.api.MissingMode;
import org.lanterne.instruments.api.MissingPolicy;
import org.lanterne.instruments.api.NumericBounds;
import org.lanterne.instruments.api.RangePoints;
import org.lanterne.instruments.api.Scoring;
import org.lanterne.instruments.api.Total;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON form of a definition into records. Only the shape is checked here (required
 * fields, types, unknown fields); consistency is {@link DefinitionValidator}'s job.
 */
final class DefinitionReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            // 34.9 must stay 34.9: age bands are compared exactly
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // a key given twice would silently keep the last value
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Set<String> ROOT = Set.of("$schema", "id", "version", "languages", "title", "citation", "licenceNote",
            "licensed", "population", "kind", "missing", "items", "totals", "bandProfiles", "defaultBandProfile", "judgementItem");
    private static final Set<String> ITEM = Set.of("id", "type", "label", "choices", "bounds", "scoring");
    private static final Set<String> CHOICE = Set.of("value", "label");
    private static final Set<String> BOUNDS = Set.of("min", "max", "integerOnly");
    private static final Set<String> SCORING = Set.of("weight", "points", "ranges");
    private static final Set<String> RANGE = Set.of("from", "to", "points");
    private static final Set<String> MISSING = Set.of("mode", "maxMissing");
    private static final Set<String> TOTAL = Set.of("id", "label", "items", "ratio");
    private static final Set<String> PROFILE = Set.of("id", "label", "total", "bands");
    private static final Set<String> BAND = Set.of("code", "min", "max", "label");

    private final String source;
    private final List<DefinitionProblem> problems = new ArrayList<>();

    private DefinitionReader(String source) {
        this.source = source;
    }

    /**
     * @param source names the definition in problems (a file name)
     * @param json   the definition's bytes, UTF-8
     * @throws DefinitionException on a syntax error (with line and column) or a wrong shape (with JSON paths)
     */
    static InstrumentDefinition read(String source, byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            String rule = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field") ? "duplicate-key" : "json-syntax";
            throw new DefinitionException(List.of(new DefinitionProblem(source, where, rule, e.getOriginalMessage())));
        } catch (IOException e) {
            throw new DefinitionException(List.of(new DefinitionProblem(source, "$", "json-syntax", "Cannot be read: " + e.getMessage())));
        }
        if (root == null || root.isMissingNode()) {
            throw new DefinitionException(List.of(new DefinitionProblem(source, "$", "json-syntax", "The file is empty")));
        }
        DefinitionReader reader = new DefinitionReader(source);
        InstrumentDefinition definition = reader.definition(root);
        if (!reader.problems.isEmpty()) {
            throw new DefinitionException(reader.problems);
        }
        return definition;
    }

    private InstrumentDefinition definition(JsonNode root) {
        if (!object(root, "$")) {
            return null;
        }
        fields(root, "$", ROOT);
        return new InstrumentDefinition(text(root, "$", "id", true), text(root, "$", "version", true),
                strings(root, "$", "languages", true), labels(root, "$", "title", true), text(root, "$", "citation", true),
                text(root, "$", "licenceNote", true), bool(root, "$", "licensed", true), text(root, "$", "population", true),
                constant(root, "$", "kind", InstrumentKind.class, true),
                list(root, "$", "items", true, this::item), missing(root.get("missing"), "$.missing"),
                list(root, "$", "totals", false, this::total), list(root, "$", "bandProfiles", false, this::profile),
                text(root, "$", "defaultBandProfile", false), text(root, "$", "judgementItem", false));
    }

    private Item item(JsonNode node, String path) {
        fields(node, path, ITEM);
        JsonNode scoring = node.get("scoring");
        JsonNode bounds = node.get("bounds");
        return new Item(text(node, path, "id", true), constant(node, path, "type", ItemType.class, true),
                labels(node, path, "label", true), list(node, path, "choices", false, this::choice),
                bounds == null ? null : bounds(bounds, path + ".bounds"),
                scoring == null ? null : scoring(scoring, path + ".scoring"));
    }

    private Choice choice(JsonNode node, String path) {
        fields(node, path, CHOICE);
        return new Choice(text(node, path, "value", true), labels(node, path, "label", true));
    }

    private NumericBounds bounds(JsonNode node, String path) {
        if (!object(node, path)) {
            return null;
        }
        fields(node, path, BOUNDS);
        return new NumericBounds(decimal(node, path, "min", true), decimal(node, path, "max", true), bool(node, path, "integerOnly", false));
    }

    private Scoring scoring(JsonNode node, String path) {
        if (!object(node, path)) {
            return null;
        }
        fields(node, path, SCORING);
        Map<String, Integer> points = null;
        JsonNode table = node.get("points");
        if (table != null && object(table, path + ".points")) {
            points = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                Integer value = integer(entry.getValue(), path + ".points." + entry.getKey());
                if (value != null) {
                    points.put(entry.getKey(), value);
                }
            }
        }
        Integer weight = node.has("weight") ? integer(node.get("weight"), path + ".weight") : null;
        return new Scoring(weight, points, list(node, path, "ranges", false, this::range));
    }

    private RangePoints range(JsonNode node, String path) {
        fields(node, path, RANGE);
        Integer points = node.has("points") ? integer(node.get("points"), path + ".points") : missingField(path, "points");
        return new RangePoints(decimal(node, path, "from", false), decimal(node, path, "to", false), points == null ? 0 : points);
    }

    private MissingPolicy missing(JsonNode node, String path) {
        if (node == null) {
            problems.add(problem(path, "required", "The field 'missing' is required"));
            return null;
        }
        if (!object(node, path)) {
            return null;
        }
        fields(node, path, MISSING);
        Integer max = node.has("maxMissing") ? integer(node.get("maxMissing"), path + ".maxMissing") : Integer.valueOf(-1);
        return new MissingPolicy(constant(node, path, "mode", MissingMode.class, true), max == null ? -1 : max);
    }

    private Total total(JsonNode node, String path) {
        fields(node, path, TOTAL);
        return new Total(text(node, path, "id", true), labels(node, path, "label", true), strings(node, path, "items", false),
                bool(node, path, "ratio", false));
    }

    private BandProfile profile(JsonNode node, String path) {
        fields(node, path, PROFILE);
        return new BandProfile(text(node, path, "id", true), labels(node, path, "label", true), text(node, path, "total", true),
                list(node, path, "bands", true, this::band));
    }

    private Band band(JsonNode node, String path) {
        fields(node, path, BAND);
        Integer min = node.has("min") ? integer(node.get("min"), path + ".min") : null;
        Integer max = node.has("max") ? integer(node.get("max"), path + ".max") : null;
        return new Band(text(node, path, "code", true), min, max, labels(node, path, "label", true));
    }

    // Shape helpers: each adds a problem and returns null (or a neutral value) when the shape is wrong.

    /** @return the field's node, or null when it is absent, which is a problem when it is required */
    private JsonNode present(JsonNode parent, String path, String field, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null && required) {
            problems.add(problem(path + "." + field, "required", "The field '" + field + "' is required"));
        }
        return node;
    }

    private interface Element<T> {
        T read(JsonNode node, String path);
    }

    private <T> List<T> list(JsonNode parent, String path, String field, boolean required, Element<T> element) {
        JsonNode node = present(parent, path, field, required);
        String here = path + "." + field;
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(problem(here, "type", "Must be an array"));
            return List.of();
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = here + "[" + i + "]";
            if (element == null) {
                continue;
            }
            JsonNode child = node.get(i);
            if (!child.isObject()) {
                problems.add(problem(at, "type", "Must be an object"));
                continue;
            }
            T value = element.read(child, at);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private List<String> strings(JsonNode parent, String path, String field, boolean required) {
        JsonNode node = present(parent, path, field, required);
        String here = path + "." + field;
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(problem(here, "type", "Must be an array of strings"));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (node.get(i).isTextual()) {
                values.add(node.get(i).asText());
            } else {
                problems.add(problem(here + "[" + i + "]", "type", "Must be a string"));
            }
        }
        return values;
    }

    private Map<String, String> labels(JsonNode parent, String path, String field, boolean required) {
        JsonNode node = present(parent, path, field, required);
        String here = path + "." + field;
        if (node == null) {
            return Map.of();
        }
        if (!object(node, here)) {
            return Map.of();
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getValue().isTextual()) {
                labels.put(entry.getKey(), entry.getValue().asText());
            } else {
                problems.add(problem(here + "." + entry.getKey(), "type", "A label must be a string"));
            }
        }
        return labels;
    }

    private String text(JsonNode parent, String path, String field, boolean required) {
        JsonNode node = present(parent, path, field, required);
        if (node == null || node.isNull() && !required) {
            return null;
        }
        if (!node.isTextual()) {
            problems.add(problem(path + "." + field, "type", "Must be a string"));
            return null;
        }
        return node.asText();
    }

    private boolean bool(JsonNode parent, String path, String field, boolean required) {
        JsonNode node = present(parent, path, field, required);
        if (node == null) {
            return false;
        }
        if (!node.isBoolean()) {
            problems.add(problem(path + "." + field, "type", "Must be true or false"));
            return false;
        }
        return node.asBoolean();
    }

    private BigDecimal decimal(JsonNode parent, String path, String field, boolean required) {
        JsonNode node = present(parent, path, field, required);
        if (node == null || node.isNull() && !required) {
            return null;
        }
        if (!node.isNumber()) {
            problems.add(problem(path + "." + field, "type", "Must be a number"));
            return null;
        }
        return node.decimalValue();
    }

    private Integer integer(JsonNode node, String path) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
            problems.add(problem(path, "type", "Must be a whole number"));
            return null;
        }
        return node.intValue();
    }

    private Integer missingField(String path, String field) {
        problems.add(problem(path + "." + field, "required", "The field '" + field + "' is required"));
        return null;
    }

    private <E extends Enum<E>> E constant(JsonNode parent, String path, String field, Class<E> type, boolean required) {
        String value = text(parent, path, field, required);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        problems.add(problem(path + "." + field, "enum-value", "Must be one of " + List.of(type.getEnumConstants())));
        return null;
    }

    private boolean object(JsonNode node, String path) {
        if (!node.isObject()) {
            problems.add(problem(path, "type", "Must be an object"));
            return false;
        }
        return true;
    }

    private void fields(JsonNode node, String path, Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(problem(path + "." + name, "unknown-field", "Unknown field '" + name + "'"));
            }
        }
    }

    private DefinitionProblem problem(String path, String rule, String message) {
        return new DefinitionProblem(source, path, rule, message);
    }
}
