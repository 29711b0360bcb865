package org.lanterne.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What a load run saw, operation by operation, from many client threads at once: the latency of
 * every expected answer (HdrHistogram, microseconds, 3 significant digits) and every failure — an
 * unexpected status, a wrong answer, no answer. Failures are described by the operation, the
 * status and the API's error key only, never by a body, which could hold a code.
 */
final class LoadRecorder {

    /** The calls of the mix; {@code RESUME_WITHDRAWN} expects the refusal of a withdrawn participant's code. */
    enum Operation {
        ENROL("POST /selfhelp/enrolments"),
        ENROL_WITH_PASSPHRASE("POST /selfhelp/enrolments, with a passphrase (Argon2id)"),
        RESUME("POST /selfhelp/sessions"),
        PROGRESS("GET /selfhelp/me"),
        MODULE("GET /selfhelp/me/modules/{id}"),
        MODULE_DONE("POST /selfhelp/me/modules/{id}/done"),
        FORM("GET /selfhelp/me/questionnaires/{id}"),
        ANSWER("POST /selfhelp/me/questionnaires/{id}"),
        SIGN_OUT("DELETE /selfhelp/sessions/current"),
        WITHDRAW("DELETE /selfhelp/me"),
        RESUME_WITHDRAWN("POST /selfhelp/sessions, code of a withdrawn participant (401)"),
        SEARCH("GET /literature/search");

        final String call;

        Operation(String call) {
            this.call = call;
        }
    }

    private static final int KEPT_FAILURES = 20;
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(5);

    private final Map<Operation, Histogram> latencies = new EnumMap<>(Operation.class);
    private final Map<Operation, LongAdder> failures = new EnumMap<>(Operation.class);
    private final List<String> firstFailures = new ArrayList<>();
    private final LongAdder answered = new LongAdder();

    LoadRecorder() {
        for (Operation operation : Operation.values()) {
            latencies.put(operation, new ConcurrentHistogram(HIGHEST_MICROS, 3));
            failures.put(operation, new LongAdder());
        }
    }

    void succeeded(Operation operation, long nanos) {
        latencies.get(operation).recordValue(Math.min(HIGHEST_MICROS, TimeUnit.NANOSECONDS.toMicros(nanos)));
        answered.increment();
    }

    /** @param what the status and error key, or the check that failed; no body */
    void failed(Operation operation, String what) {
        failures.get(operation).increment();
        answered.increment();
        synchronized (firstFailures) {
            if (firstFailures.size() < KEPT_FAILURES) {
                firstFailures.add(operation.call + ": " + what);
            }
        }
    }

    /** @return every answer so far, expected or not */
    long answered() {
        return answered.sum();
    }

    long failures() {
        return failures.values().stream().mapToLong(LongAdder::sum).sum();
    }

    List<String> firstFailures() {
        synchronized (firstFailures) {
            return List.copyOf(firstFailures);
        }
    }

    /** @return a Markdown table: per operation its count, rate over {@code wall}, p50, p99, p99.9 and max in ms, failures */
    String table(Duration wall) {
        StringBuilder table = new StringBuilder("| call | answers | per second | p50 ms | p99 ms | p99.9 ms | max ms | failures |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        Histogram all = new Histogram(HIGHEST_MICROS, 3);
        for (Operation operation : Operation.values()) {
            Histogram latency = latencies.get(operation);
            all.add(latency);
            row(table, operation.call, latency, failures.get(operation).sum(), wall);
        }
        row(table, "**all**", all, failures(), wall);
        return table.toString();
    }

    private static void row(StringBuilder table, String call, Histogram latency, long failed, Duration wall) {
        long count = latency.getTotalCount();
        table.append(String.format("| %s | %,d | %,.1f | %s | %s | %s | %s | %d |%n", call, count, count / (wall.toMillis() / 1000.0),
                millis(latency, 50), millis(latency, 99), millis(latency, 99.9), count == 0 ? "—" : String.format("%.1f", latency.getMaxValue() / 1000.0),
                failed));
    }

    private static String millis(Histogram latency, double percentile) {
        return latency.getTotalCount() == 0 ? "—" : String.format("%.1f", latency.getValueAtPercentile(percentile) / 1000.0);
    }
}
