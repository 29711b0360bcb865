package org.lanterne.fuzz.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a property on inputs drawn from {@link HostileEdits#SEED}: {@value #DEFAULT_TRIES} tries by
 * default, or the number in the system property {@value #TRIES_PROPERTY}. Every try has its own
 * seed, drawn in turn from the fixed one, so more tries begin with the same inputs and a failing
 * try can be generated again alone. All tries run; the failure lists each failing try with its
 * seed and its input, escaped.
 */
public final class Fuzz {

    /** The system property that sets the number of tries (the reliability profile raises it). */
    public static final String TRIES_PROPERTY = "lanterne.fuzz.tries";

    /** Tries per property when {@value #TRIES_PROPERTY} is not set: a few seconds per parser. */
    public static final int DEFAULT_TRIES = 200;

    /** Failing tries described in full; the others are counted, so that the report stays readable. */
    private static final int FAILURES_SHOWN = 10;

    /** Longest input shown in a report; a longer one is cut in the middle (its seed gives it whole). */
    private static final int INPUT_SHOWN = 2_000;

    private Fuzz() {
    }

    /** @return the number of tries of each property in this run */
    public static int tries() {
        return Integer.getInteger(TRIES_PROPERTY, DEFAULT_TRIES);
    }

    /**
     * Checks {@code property} on {@link #tries()} inputs.
     *
     * @param inputs   makes one input from a try's random numbers
     * @param property throws (an assertion or any exception) when an input breaks it
     */
    public static <T> void forAll(Function<Random, T> inputs, Consumer<T> property) {
        Random seeds = new Random(HostileEdits.SEED);
        int tries = tries();
        int failed = 0;
        List<String> reports = new ArrayList<>();
        Throwable first = null;
        for (int attempt = 1; attempt <= tries; attempt++) {
            long seed = seeds.nextLong();
            T input = inputs.apply(new Random(seed));
            try {
                property.accept(input);
            } catch (AssertionError | RuntimeException e) {
                failed++;
                first = first == null ? e : first;
                if (reports.size() < FAILURES_SHOWN) {
                    String why = e instanceof AssertionError ? e.getMessage() : e.toString();
                    reports.add("try " + attempt + " (seed " + seed + "L): " + why + "\n    input: " + shown(input));
                }
            }
        }
        if (failed > 0) {
            fail(failed + " of " + tries + " tries failed" + (failed > reports.size() ? ", the first " + reports.size() + ":\n" : ":\n")
                    + String.join("\n", reports), first);
        }
    }

    /** @return {@code input} as text to paste into a test: strings and bytes escaped, other values as they print */
    static String shown(Object input) {
        String text;
        if (input instanceof String string) {
            text = Escaped.text(string);
        } else if (input instanceof byte[] bytes) {
            text = Escaped.bytes(bytes);
        } else {
            text = String.valueOf(input);
        }
        if (text.length() <= INPUT_SHOWN) {
            return text;
        }
        return text.substring(0, INPUT_SHOWN / 2) + "…(" + (text.length() - INPUT_SHOWN) + " characters left out)…"
                + text.substring(text.length() - INPUT_SHOWN / 2);
    }
}
