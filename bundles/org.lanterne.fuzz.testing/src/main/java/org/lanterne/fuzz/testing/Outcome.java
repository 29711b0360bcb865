package org.lanterne.fuzz.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * The property every parser keeps: an input gives a result or the parser's documented
 * exception, never another exception, and within a deadline (generous: it catches hangs and
 * runaway work, not slowness on a busy machine).
 */
public final class Outcome {

    /** Far above what any one input takes; only a hang or an explosion of work reaches it. */
    public static final Duration DEADLINE = Duration.ofSeconds(20);

    private Outcome() {
    }

    /**
     * @param documented the exception the parser documents for bad input
     * @param parse      the parser's call on one input
     * @return the result, or {@code null} when the input was refused with {@code documented}
     */
    public static <T> T resultOr(Class<? extends Exception> documented, Callable<T> parse) {
        return outcome(documented, parse);
    }

    /** @return the result of {@code call}, which must not throw at all */
    public static <T> T result(Callable<T> call) {
        return outcome(null, call);
    }

    private static <T> T outcome(Class<? extends Exception> documented, Callable<T> call) {
        return assertTimeoutPreemptively(DEADLINE, () -> {
            try {
                return call.call();
            } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                if (documented != null && documented.isInstance(e)) {
                    if (e.getMessage() == null || e.getMessage().isBlank()) {
                        fail(documented.getSimpleName() + " without a message", e);
                    }
                    return null;
                }
                return fail((documented == null ? "no result: " : "neither a result nor " + documented.getSimpleName() + ": ") + e, e);
            }
        });
    }
}
