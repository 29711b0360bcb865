package org.lanterne.audit.provider;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.lanterne.audit.api.ChainVerification;
import org.lanterne.audit.api.Outcome;

/**
 * Appends N events to a fresh encrypted Derby database and verifies them, printing events per
 * second. Run through the {@code benchmark} profile (see this module's pom), not with the tests.
 */
public final class AuditTrailBenchmark {

    private AuditTrailBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = Path.of(args.length > 1 ? args[1] : "target/benchmark").toAbsolutePath();
        delete(folder);
        Files.createDirectories(folder);
        System.setProperty("derby.stream.error.file", folder.resolve("derby.log").toString());
        try (DerbyTrail trail = DerbyTrail.open(folder)) {
            // Warm up the JIT and EclipseLink's query cache on a few events first.
            for (int i = 0; i < 2000; i++) {
                trail.log.record("clinician", "read", "assessment", "W" + i, Outcome.SUCCESS);
            }
            long start = System.nanoTime();
            for (int i = 0; i < events; i++) {
                trail.log.record("clinician" + (i % 10), i % 5 == 0 ? "update" : "read", "assessment", "R" + i,
                        i % 50 == 0 ? Outcome.DENIED : Outcome.SUCCESS);
            }
            double appendSeconds = (System.nanoTime() - start) / 1e9;

            Runtime runtime = Runtime.getRuntime();
            start = System.nanoTime();
            ChainVerification result = trail.log.verify();
            double verifySeconds = (System.nanoTime() - start) / 1e9;
            long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);

            System.out.printf("append: %d events in %.1f s = %.0f events/s%n", events, appendSeconds, events / appendSeconds);
            System.out.printf("verify: %d events in %.1f s = %.0f events/s (%s); heap in use after: %d MB of max %d MB%n",
                    result.eventsChecked(), verifySeconds, result.eventsChecked() / verifySeconds, result.reason(), usedMb,
                    runtime.maxMemory() / (1024 * 1024));
        }
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
