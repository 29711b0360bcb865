package org.lanterne.fuzz.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The loop of every fuzzed property: how many inputs, which ones, and what a failure tells. */
class FuzzTest {

    @Test
    void everyTryRunsEvenAfterAFailure() {
        List<Integer> seen = new ArrayList<>();
        assertThrows(AssertionFailedError.class, () -> Fuzz.forAll(random -> random.nextInt(4), input -> {
            seen.add(input);
            assertTrue(input != 0);
        }));
        assertEquals(Fuzz.tries(), seen.size());
    }

    @Test
    void everyRunTriesTheSameInputs() {
        assertEquals(inputs(), inputs());
    }

    @Test
    void aFailureNamesEachTryWithTheSeedThatMakesItsInputAgain() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> Fuzz.forAll(random -> "line\n" + random.nextInt(4), input -> assertTrue(!input.endsWith("0"), "ends with 0")));
        String report = failure.getMessage();
        assertTrue(report.matches("(?s)\\d+ of " + Fuzz.tries() + " tries failed, the first 10:\n.*"), report);
        Matcher first = Pattern.compile("try (\\d+) \\(seed (-?\\d+)L\\): ends with 0.*\n    input: (.*)").matcher(report);
        assertTrue(first.find(), report);
        assertEquals("\"line\\n0\"", first.group(3));
        assertEquals("line\n0", "line\n" + new Random(Long.parseLong(first.group(2))).nextInt(4));
        assertEquals(10, report.split("\n    input: ").length - 1, "only the first ten failures are described");
    }

    @Test
    void aLongInputIsShortenedInTheMiddle() {
        String shown = Fuzz.shown("a".repeat(3_000) + "z");
        assertTrue(shown.startsWith("\"aaa") && shown.endsWith("az\"") && shown.contains("characters left out"), shown);
        assertTrue(shown.length() < 2_100, "length " + shown.length());
    }

    private static List<String> inputs() {
        List<String> inputs = new ArrayList<>();
        Fuzz.forAll(random -> HostileEdits.of("{\"a\": [1, 2]}", 4, random), inputs::add);
        return inputs;
    }
}
