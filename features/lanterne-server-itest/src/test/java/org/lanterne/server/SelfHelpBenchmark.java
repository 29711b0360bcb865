package org.lanterne.server;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Enrolments and answers per second on a real server, over loopback HTTP, with N concurrent
 * clients: {@code POST /api/v1/selfhelp/enrolments} (without and with a passphrase) and
 * {@code POST /api/v1/selfhelp/me/questionnaires/{id}}, on the embedded encrypted Derby and on
 * PostgreSQL. Every answer counted came after the server committed (Derby syncs its log at each
 * commit; the PostgreSQL test server is started with {@code fsync = on}, and checked). Prints throughput
 * and the 50th and 99th latency percentiles. The load generator shares the machine with the server.
 *
 * <pre>./mvnw -B -o verify -Pbenchmark -pl features/lanterne-server-itest -am -DskipTests
 *     [-Dselfhelp.benchmark.enrolments=5000 -Dselfhelp.benchmark.clients=16 -Dselfhelp.benchmark.engines=derby,postgresql]</pre>
 */
public final class SelfHelpBenchmark {

    private static final Map<String, String> ANSWERS = Map.of("urges", "1", "coping", "2", "mood", "0", "alone", "3");

    private final int clients;
    private LanterneServer server;
    private SelfHelpClient participant;

    private SelfHelpBenchmark(int clients) {
        this.clients = clients;
    }

    /** Latencies of one kind of call, and how long all of them took from first to last. */
    record Run(String what, long[] nanos, long wallNanos) {

        double perSecond() {
            return nanos.length / (wallNanos / 1e9);
        }

        double percentileMillis(double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
        }

        String line(String engine) {
            return String.format("| %s | %s | %,d | %,.0f | %.1f | %.1f |", engine, what, nanos.length, perSecond(), percentileMillis(50),
                    percentileMillis(99));
        }
    }

    /** @param args the folder for the installations; enrolments, clients and engines come from system properties */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]).toAbsolutePath();
        int enrolments = Integer.getInteger("selfhelp.benchmark.enrolments", 5000);
        int clients = Integer.getInteger("selfhelp.benchmark.clients", 16);
        List<String> engines = List.of(System.getProperty("selfhelp.benchmark.engines", "derby,postgresql").split(","));
        List<String> lines = new ArrayList<>();
        for (String engine : engines) {
            lines.addAll(new SelfHelpBenchmark(clients).run(engine, folder.resolve(engine), enrolments));
        }
        System.out.printf("%nSelf-help over HTTP, %d concurrent clients, %d cores, Java %s%n", clients, Runtime.getRuntime().availableProcessors(),
                Runtime.version());
        System.out.println("| database | call | calls | per second | p50 ms | p99 ms |");
        System.out.println("|---|---|---|---|---|---|");
        lines.forEach(System.out::println);
    }

    private List<String> run(String engine, Path home, int enrolments) throws Exception {
        deleteRecursively(home);
        Files.createDirectories(home);
        Path cluster = home.resolveSibling(engine + "-cluster");
        server = LanterneServer.onFreePorts(home);
        participant = new SelfHelpClient(server);
        if (engine.equals("postgresql")) {
            PostgresqlForTests.start(cluster, home.resolve("server"), true);
            requireDurablePostgresql();
        }
        try {
            server.succeed("", "server", "start");
            server.succeed("", "server", "console", "feature:install", "lanterne-selfhelp");
            LanterneServer.awaitStatus(200, 60, () -> server.get("/api/v1/selfhelp/programmes", null));
            timed("warm-up", Math.max(200, enrolments / 10), i -> enrol(null));
            List<String> tokens = new ArrayList<>();
            Run enrolled = timed("enrol", enrolments, i -> {
                String token = enrol(null);
                synchronized (tokens) {
                    tokens.add(token);
                }
            });
            Run answered = timed("submit answers", tokens.size(), i -> expect(201, participant.answer(tokens.get(i), "weekly-start", ANSWERS)));
            Run withPassphrase = timed("enrol with a passphrase (Argon2id)", Math.max(50, enrolments / 20), i -> enrol("benchmark passphrase " + i));
            return List.of(enrolled.line(engine), answered.line(engine), withPassphrase.line(engine));
        } finally {
            server.run("server", "stop");
            if (engine.equals("postgresql")) {
                PostgresqlForTests.stop(cluster);
            }
        }
    }

    @FunctionalInterface
    private interface Call {
        void run(int index) throws Exception;
    }

    /** Runs {@code count} calls on {@link #clients} threads, each call timed on its own. */
    private Run timed(String what, int count, Call call) throws Exception {
        long[] nanos = new long[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long before = System.nanoTime();
                        call.run(i);
                        nanos[i] = System.nanoTime() - before;
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        Run run = new Run(what, nanos, System.nanoTime() - start);
        System.out.println(run.line("(" + what + ")"));
        return run;
    }

    private String enrol(String passphrase) throws IOException, InterruptedException {
        HttpResponse<String> created = participant.enrol("taking-care", "fr", passphrase);
        expect(201, created);
        return SelfHelpClient.field(created, "token");
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Expected " + status + ", got " + response.statusCode() + ": " + response.body());
        }
    }

    /** Refuses to measure a PostgreSQL that would acknowledge commits before they are on disk. */
    private void requireDurablePostgresql() throws Exception {
        try (Connection connection = PostgresqlForTests.connect(server.home.resolve("server")); Statement statement = connection.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit")) {
                try (ResultSet shown = statement.executeQuery("SHOW " + setting)) {
                    shown.next();
                    if (!shown.getString(1).equals("on")) {
                        throw new IllegalStateException("PostgreSQL runs with " + setting + " = " + shown.getString(1));
                    }
                }
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var walk = Files.walk(folder)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
