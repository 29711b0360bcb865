package org.lanterne.instruments.provider;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanterne.instruments.api.DefinitionException;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.Item;
import org.lanterne.instruments.api.ScoreResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Mutated definitions and random answers: reading throws nothing but {@link DefinitionException},
 * scoring a definition that was read throws nothing at all. Seeds are fixed so a failure repeats.
 */
class FuzzTest {

    private static final int ROUNDS = 1500;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final PureScoringEngine engine = new PureScoringEngine();

    private static final Object[] ODD_VALUES = {null, true, false, "yes", "no", "", "0", "1", "2", "none", "present", "low", 0, 1, 2, 3, -1,
            17.9, 18, 34.9, 35, 59.9, 60, 120, 121, 1e308, Double.NaN, Double.POSITIVE_INFINITY, Long.MAX_VALUE, new BigDecimal("1e400"),
            List.of(), Map.of(), new Object()};

    @ParameterizedTest
    @ValueSource(strings = {"static-99r.json", "cport.json", "dynamic-needs-example.json", "adolescent-spj-example.json",
            "selfhelp-weekly-check-example.json"})
    void mutatedTextIsReadOrRejectedWithADefinitionException(String name) {
        byte[] original = Fixtures.builtInBytes(name);
        Random random = new Random(name.hashCode());
        String symbols = "{}[],:\"0123456789-.eEtrufalsn \n\\";
        for (int round = 0; round < ROUNDS; round++) {
            StringBuilder text = new StringBuilder(new String(original, StandardCharsets.UTF_8));
            for (int edit = 0; edit < 1 + random.nextInt(3); edit++) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, symbols.charAt(random.nextInt(symbols.length())));
                default -> text.setCharAt(at, symbols.charAt(random.nextInt(symbols.length())));
                }
            }
            readAndScore(text.toString().getBytes(StandardCharsets.UTF_8), random);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"static-99r.json", "cport.json", "dynamic-needs-example.json", "adolescent-spj-example.json",
            "selfhelp-weekly-check-example.json"})
    void mutatedTreesAreReadOrRejectedWithADefinitionException(String name) throws Exception {
        JsonNode original = Fixtures.JSON.readTree(Fixtures.builtInBytes(name));
        Random random = new Random(~name.hashCode());
        for (int round = 0; round < ROUNDS; round++) {
            JsonNode tree = original.deepCopy();
            for (int edit = 0; edit < 1 + random.nextInt(3); edit++) {
                mutate(tree, random);
            }
            readAndScore(Fixtures.bytes(tree), random);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"static-99r.json", "cport.json", "dynamic-needs-example.json", "adolescent-spj-example.json",
            "selfhelp-weekly-check-example.json"})
    void randomAnswersAreScoredOrExplained(String name) {
        InstrumentDefinition definition = Fixtures.builtIn(name);
        Random random = new Random(name.length());
        for (int round = 0; round < ROUNDS; round++) {
            ScoreResult result = engine.score(definition, randomAnswers(definition, random), random.nextInt(5) == 0 ? "nope" : null);
            assertTrue(result.valid() != result.totals().isEmpty() || definition.totals().isEmpty() || !result.valid(), result::toString);
        }
    }

    private void readAndScore(byte[] json, Random random) {
        InstrumentDefinition definition;
        try {
            definition = Definitions.load("fuzz.json", json);
        } catch (DefinitionException e) {
            assertTrue(!e.problems().isEmpty() && e.rule() != null && e.path() != null);
            return;
        } catch (RuntimeException e) {
            fail("Reading threw " + e + " for " + new String(json, StandardCharsets.UTF_8), e);
            return;
        }
        for (int i = 0; i < 5; i++) {
            try {
                engine.score(definition, randomAnswers(definition, random), null);
            } catch (RuntimeException e) {
                fail("Scoring threw " + e + " for " + new String(json, StandardCharsets.UTF_8), e);
            }
        }
    }

    private static Map<String, Object> randomAnswers(InstrumentDefinition definition, Random random) {
        Map<String, Object> answers = new HashMap<>();
        for (Item item : definition.items()) {
            int dice = random.nextInt(10);
            if (dice < 6 && !item.choices().isEmpty()) {
                answers.put(item.id(), item.choices().get(random.nextInt(item.choices().size())).value());
            } else if (dice < 6 && item.bounds() != null) {
                answers.put(item.id(), random.nextInt(130) - 5 + (random.nextBoolean() ? 0 : random.nextInt(10) / 10.0));
            } else if (dice < 6) {
                answers.put(item.id(), random.nextBoolean());
            } else if (dice < 9) {
                answers.put(item.id(), ODD_VALUES[random.nextInt(ODD_VALUES.length)]);
            }
        }
        if (random.nextInt(10) == 0) {
            answers.put("unknown" + random.nextInt(3), true);
        }
        return answers;
    }

    private static void mutate(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        JsonNode replacement = switch (random.nextInt(9)) {
        case 0 -> NODES.nullNode();
        case 1 -> NODES.numberNode(random.nextInt(21) - 10);
        case 2 -> NODES.numberNode(new BigDecimal("1e" + random.nextInt(400)));
        case 3 -> NODES.textNode(random.nextBoolean() ? "a" : "yes");
        case 4 -> NODES.booleanNode(random.nextBoolean());
        case 5 -> NODES.arrayNode();
        case 6 -> NODES.objectNode();
        case 7 -> containers.get(random.nextInt(containers.size())).deepCopy();
        default -> null; // remove
        };
        if (target instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            if (replacement == null) {
                object.remove(name);
            } else {
                object.set(name, replacement);
            }
        } else if (target instanceof ArrayNode array && array.size() > 0) {
            int index = random.nextInt(array.size());
            if (replacement == null) {
                array.remove(index);
            } else if (random.nextBoolean()) {
                array.set(index, replacement);
            } else {
                array.add(array.get(index).deepCopy());
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                collect(it.next(), containers);
            }
        }
    }
}
