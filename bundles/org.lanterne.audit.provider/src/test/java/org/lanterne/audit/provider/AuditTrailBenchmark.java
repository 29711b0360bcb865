package org.lanterne.audit.provider;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.lanterne.audit.api.ChainVerification;
import org.lanterne.audit.api.Outcome;

/**
 * Appends N events to a fresh encrypted Derby database from T threads and verifies them, printing
 * events per second and the p50/p99 time of one {@code record}. Run through the {@code benchmark}
 * profile (see this module's pom), not with the tests.
 */
public final class AuditTrailBenchmark {

    private AuditTrailBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = Path.of(args.length > 1 ? args[1] : "target/benchmark").toAbsolutePath();
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        delete(folder);
        Files.createDirectories(folder);
        System.setProperty("derby.stream.error.file", folder.resolve("derby.log").toString());
        try (DerbyTrail trail = DerbyTrail.open(folder)) {
            // Warm up the JIT and EclipseLink's query cache on a few events first.
            for (int i = 0; i < 2000; i++) {
                trail.log.record("clinician", "read", "assessment", "W" + i, Outcome.SUCCESS);
            }
            long start = System.nanoTime();
            long[] latencies = append(trail.log, events, threads);
            double appendSeconds = (System.nanoTime() - start) / 1e9;

            Runtime runtime = Runtime.getRuntime();
            start = System.nanoTime();
            ChainVerification result = trail.log.verify();
            double verifySeconds = (System.nanoTime() - start) / 1e9;
            long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);

            Arrays.sort(latencies);
            System.out.printf("append: %d events from %d threads in %.1f s = %.0f events/s; one record p50 %.1f ms, p99 %.1f ms%n", events,
                    threads, appendSeconds, events / appendSeconds, percentile(latencies, 50), percentile(latencies, 99));
            System.out.printf("verify: %d events in %.1f s = %.0f events/s (%s); heap in use after: %d MB of max %d MB%n",
                    result.eventsChecked(), verifySeconds, result.eventsChecked() / verifySeconds, result.reason(), usedMb,
                    runtime.maxMemory() / (1024 * 1024));
        }
    }

    /** @return the time each {@code record} took, in nanoseconds */
    private static long[] append(AuditLog log, int events, int threads) throws Exception {
        long[] latencies = new long[events];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                writers.add(pool.submit(() -> {
                    for (int i = first; i < events; i += threads) {
                        long began = System.nanoTime();
                        log.record("clinician" + (i % 10), i % 5 == 0 ? "update" : "read", "assessment", "R" + i,
                                i % 50 == 0 ? Outcome.DENIED : Outcome.SUCCESS);
                        latencies[i] = System.nanoTime() - began;
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
        return latencies;
    }

    private static double percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percent / 100.0) - 1)] / 1e6;
    }

    private static void delete(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
