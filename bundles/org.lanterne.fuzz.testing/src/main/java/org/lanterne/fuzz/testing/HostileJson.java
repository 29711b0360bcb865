package org.lanterne.fuzz.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Well-formed JSON documents made from a valid one by replacing some of its values with values of
 * the wrong type, of an odd size or with hostile text, or by removing them: the inputs that get
 * past a parser's syntax check and test what it does with the shape.
 */
public final class HostileJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Values of the wrong type or of an odd size for any field; shared, so copied before use. */
    private static final List<JsonNode> ODD_VALUES = List.of(NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(0),
            NODES.numberNode(-1), NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(1e308), NODES.numberNode(new BigDecimal("1e400")),
            NODES.numberNode(2.5), NODES.textNode(""), NODES.textNode(" "), NODES.arrayNode(), NODES.objectNode(),
            NODES.textNode("x".repeat(100_000)));

    private HostileJson() {
    }

    /** A place in a document: a field of an object or an element of an array. */
    private record Place(JsonNode container, String field, int index) {

        void set(JsonNode value) {
            if (container instanceof ObjectNode object) {
                if (value == null) {
                    object.remove(field);
                } else {
                    object.set(field, value);
                }
            } else if (value == null) {
                ((ArrayNode) container).remove(index);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }
    }

    /** @return {@code valid} with one to {@code maxChanges} of its values replaced or removed */
    public static String of(String valid, int maxChanges, Random random) {
        JsonNode tree = read(valid);
        int changes = 1 + random.nextInt(maxChanges);
        for (int i = 0; i < changes; i++) {
            List<Place> places = places(tree);
            JsonNode value = random.nextInt(100) < 15 ? null : oddValue(random);
            if (!places.isEmpty()) {
                HostileEdits.pick(places, random).set(value);
            }
        }
        return write(tree);
    }

    private static JsonNode oddValue(Random random) {
        return switch (random.nextInt(4)) {
        case 0 -> HostileEdits.pick(ODD_VALUES, random).deepCopy();
        case 1 -> NODES.textNode(HostileEdits.pick(HostileEdits.FRAGMENTS, random));
        case 2 -> NODES.textNode(HostileEdits.anyText(20, random));
        default -> read(HostileEdits.nested(random.nextInt(41), true));
        };
    }

    private static List<Place> places(JsonNode node) {
        List<Place> places = new ArrayList<>();
        collect(node, places);
        return places;
    }

    private static void collect(JsonNode node, List<Place> places) {
        if (node instanceof ObjectNode object) {
            for (String field : iterable(object)) {
                places.add(new Place(object, field, -1));
                collect(object.get(field), places);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                places.add(new Place(array, null, i));
                collect(array.get(i), places);
            }
        }
    }

    private static List<String> iterable(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(JsonNode tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
