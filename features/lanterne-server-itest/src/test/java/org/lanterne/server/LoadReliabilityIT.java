package org.lanterne.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lanterne.server.LoadRecorder.Operation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sustained load (reliability suite, {@code -Preliability}): for {@code lanterne.load.minutes}
 * (default 5), {@code lanterne.load.clients} (default 16) closed-loop clients on loopback each
 * send one request at a time, half of their turns as a participant's visit to the self-help API
 * (enrol or resume, read the progress and the next module, mark it done, answer what is due, sign
 * out or withdraw) and half as a search of the literature library from a mix of queries. Every
 * answer must be the expected one: its status, the participant's own earlier writes in their
 * progress, the same total for the same query. The server's retained heap after a full collection
 * must not grow beyond half again what it was after the warm-up, plus 32 MB. The figures go to
 * {@code target/reliability/load-report.md} and the heap over time to {@code load-memory.csv}.
 */
class LoadReliabilityIT {

    private static final Duration DURATION = Duration.ofMillis(Math.round(Double.parseDouble(System.getProperty("lanterne.load.minutes", "5")) * 60_000));
    /** Long enough for the JIT and the caches to settle, short against the run. */
    private static final Duration WARM_UP = DURATION.dividedBy(5).compareTo(Duration.ofSeconds(30)) < 0 ? DURATION.dividedBy(5) : Duration.ofSeconds(30);
    private static final int CLIENTS = Integer.getInteger("lanterne.load.clients", 16);
    private static final Path REPORTS = Path.of(System.getProperty("lanterne.reports", "target/reliability"));
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(10);
    /** How much the retained heap may grow over the run without being called a leak: caches fill, the JIT keeps code. */
    private static final double HEAP_GROWTH = 1.5;
    private static final long HEAP_SLACK = 32L << 20;

    private static final String ADMIN_PASSWORD = "cedar-harbour-lantern-83";
    private static final String RESEARCHER_PASSWORD = "basalt-library-heron-29";
    private static final List<String> DOCUMENTS = List.of("cese-avis-enfants-reseaux-sociaux-2024", "cmrpi-campagne-cyberviolence-2025",
            "emc-portail-signalement-iwf-2021", "icmec-mrc-maroc-synthese-2025", "weprotect-unicef-revue-mrn-2022");
    /** Words, a phrase, fields, operators, a wildcard, a fuzzy word, facets, order and paging, as the library's users search. */
    private static final List<Search> SEARCHES = List.of(new Search("enfant", ""), new Search("enfant securite", "&facet=year,type"),
            new Search("\"exploitation sexuelle\"", ""), new Search("title:maroc", ""), new Search("year:2022..2025", "&facet=year,lang"),
            new Search("pays:maroc", ""), new Search("tag:revue-ecoles", "&facet=tag,country"), new Search("maroc OR tunisie", "&sort=year"),
            new Search("enfant NOT year:2025", ""), new Search("cyberviol*", ""), new Search("enfnats~1", ""), new Search("", ""),
            new Search("signalement", "&lang=fr&page=2&size=2"), new Search("grooming", "&facet=year"));
    private static final List<Programme> PROGRAMMES = List.of(new Programme("taking-care", List.of("fr", "en", "ar"), 6),
            new Programme("parents-worried", List.of("fr", "en", "ar"), 3), new Programme("sleep-well", List.of("en", "fr"), 1));
    private static final List<String> ITEMS = List.of("urges", "coping", "mood", "alone");

    @TempDir
    static Path home;

    static LanterneServer server;
    static SelfHelpClient participants;
    static String researcher;
    /** The total each search found before the load; the index does not change during it. */
    static final Map<Search, Integer> expectedTotals = new LinkedHashMap<>();
    /** Participants who signed out and will come back; each is taken by one client at a time. */
    static final Queue<Returning> returning = new ConcurrentLinkedQueue<>();

    /** A query of the mix, with its other parameters. */
    record Search(String query, String parameters) {

        String path() {
            return "/api/v1/literature/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + parameters;
        }
    }

    /** A programme offered, its languages, and its share of enrolments. */
    record Programme(String id, List<String> languages, int weight) {
    }

    /** What a participant who signed out must find again when they come back. */
    record Returning(String code, String passphrase, String language, int modulesDone, int answered) {
    }

    /** The visit or search met an answer it did not expect, already recorded: the client goes on with another. */
    private static final class Unexpected extends Exception {
        private static final long serialVersionUID = 1L;
    }

    @BeforeAll
    static void startServerAndSeedProgrammesAndLiterature() throws Exception {
        server = LanterneServer.onFreePorts(home);
        participants = new SelfHelpClient(server);
        server.succeed("", "server", "start");
        server.succeed("", "server", "console", "feature:install", "lanterne-selfhelp", "lanterne-literature");
        server.addUser(ADMIN_PASSWORD, "first-admin", "administrator", ADMIN_PASSWORD);
        server.addUser(ADMIN_PASSWORD, "yasmine", "researcher", RESEARCHER_PASSWORD);
        researcher = server.signIn("yasmine", RESEARCHER_PASSWORD);
        dropProgramme("sleep-well.json");
        for (Programme programme : PROGRAMMES) {
            LanterneServer.awaitStatus(200, 60, () -> server.get("/api/v1/selfhelp/programmes/" + programme.id(), null));
        }
        LanterneServer.awaitStatus(200, 60, () -> server.get("/api/v1/literature/search?q=", researcher));
        seedLiterature();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.run("server", "stop");
    }

    @Test
    void sustainedLoadOnSelfHelpAndSearchGetsOnlyExpectedAnswersAndTheHeapDoesNotGrow() throws Exception {
        ServerMemory memory = ServerMemory.of(home);
        String loadBefore = loadAverage();
        LoadRecorder warmUp = new LoadRecorder();
        drive(warmUp, WARM_UP);
        assertEquals(List.of(), warmUp.firstFailures(), "failures while warming up");

        ServerMemory.Sample retainedBefore = memory.afterFullCollection();
        LoadRecorder load = new LoadRecorder();
        MemoryOverTime overTime = new MemoryOverTime(memory, load);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(overTime, SAMPLE_EVERY.toMillis(), SAMPLE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        Duration wall;
        try {
            wall = drive(load, DURATION);
        } finally {
            sampler.shutdown();
            assertTrue(sampler.awaitTermination(2, TimeUnit.MINUTES));
        }
        ServerMemory.Sample retainedAfter = memory.afterFullCollection();
        long retainedLimit = (long) (retainedBefore.heapUsed() * HEAP_GROWTH) + HEAP_SLACK;
        String report = report(load, wall, loadBefore, retainedBefore, retainedAfter, retainedLimit);
        Files.createDirectories(REPORTS);
        Files.writeString(REPORTS.resolve("load-report.md"), report);
        Files.write(REPORTS.resolve("load-memory.csv"), overTime.rows());
        System.out.println(report);

        assertEquals(List.of(), load.firstFailures(), "failures under load (first " + load.firstFailures().size() + " of " + load.failures() + ")");
        assertTrue(load.answered() >= CLIENTS * DURATION.toSeconds(), "the server kept answering: " + load.answered() + " answers");
        assertTrue(retainedAfter.heapUsed() <= retainedLimit, String.format("retained heap grew from %d MB to %d MB (limit %d MB)",
                retainedBefore.heapUsed() >> 20, retainedAfter.heapUsed() >> 20, retainedLimit >> 20));
        LanterneServer.Result audit = server.run("audit", "verify");
        assertEquals(0, audit.exitCode(), "every request's audit event is in one unbroken chain: " + audit.output());
    }

    /** Every {@link #SAMPLE_EVERY}, a row of the answers so far and the server's memory, for the report's CSV. */
    private static final class MemoryOverTime implements Runnable {

        private final ServerMemory memory;
        private final LoadRecorder load;
        private final long start = System.nanoTime();
        private final List<String> rows = new ArrayList<>(List.of("seconds,answers,answers_per_second,failures,heap_used_mb,heap_committed_mb,resident_mb"));
        private long answeredBefore;

        MemoryOverTime(ServerMemory memory, LoadRecorder load) {
            this.memory = memory;
            this.load = load;
        }

        @Override
        public void run() {
            try {
                ServerMemory.Sample sample = memory.sample();
                long answered = load.answered();
                rows.add(String.format("%d,%d,%.1f,%d,%d,%d,%d", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), answered,
                        (answered - answeredBefore) / (double) SAMPLE_EVERY.toSeconds(), load.failures(), sample.heapUsed() >> 20,
                        sample.heapCommitted() >> 20, sample.resident() >> 20));
                answeredBefore = answered;
            } catch (IOException | RuntimeException e) {
                rows.add("# no sample: " + e.getMessage()); // a missed sample is a gap in the series, not a failure of the server
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** @return the rows; read once the sampler has stopped */
        List<String> rows() {
            return rows;
        }
    }

    /** Runs {@link #CLIENTS} closed-loop clients until {@code duration} has passed. */
    private static Duration drive(LoadRecorder recorder, Duration duration) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                Random random = new Random(20261123L * 31 + c);
                running.add(clients.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        turn(recorder, random);
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** One turn of a client: a search or a participant's visit, new or returning. */
    private static void turn(LoadRecorder recorder, Random random) throws InterruptedException {
        try {
            if (random.nextBoolean()) {
                search(recorder, SEARCHES.get(random.nextInt(SEARCHES.size())));
                return;
            }
            Returning comingBack = random.nextBoolean() ? returning.poll() : null;
            if (comingBack == null) {
                enrol(recorder, random);
            } else {
                JsonNode resumed = json(recorder, Operation.RESUME, 201, () -> participants.resume(comingBack.code(), comingBack.passphrase()));
                visit(recorder, random, resumed.get("token").asText(), comingBack);
            }
        } catch (Unexpected e) {
            // recorded: the next turn starts afresh
        }
    }

    private static void search(LoadRecorder recorder, Search search) throws InterruptedException, Unexpected {
        int total = json(recorder, Operation.SEARCH, 200, () -> server.get(search.path(), researcher)).get("total").asInt();
        if (total != expectedTotals.get(search)) {
            recorder.failed(Operation.SEARCH, "'" + search.query() + "' found " + total + ", before the load " + expectedTotals.get(search));
        }
    }

    private static void enrol(LoadRecorder recorder, Random random) throws InterruptedException, Unexpected {
        Programme programme = weighted(random);
        String language = programme.languages().get(random.nextInt(programme.languages().size()));
        // one in twenty chooses a passphrase, which costs the server an Argon2id hash at every resumption
        String passphrase = random.nextInt(20) == 0 ? "a quiet evening " + random.nextInt(1_000_000) : null;
        JsonNode enrolled = json(recorder, passphrase == null ? Operation.ENROL : Operation.ENROL_WITH_PASSPHRASE, 201,
                () -> participants.enrol(programme.id(), language, passphrase));
        visit(recorder, random, enrolled.get("token").asText(), new Returning(enrolled.get("resumeCode").asText(), passphrase, language, 0, 0));
    }

    /**
     * What the participant page does in one visit: shows the progress, which must hold every earlier
     * write of the participant; reads the next module and marks it done; answers a questionnaire
     * that is due; then leaves the programme (when it is finished, or one time in ten) or signs out
     * to come back later.
     */
    private static void visit(LoadRecorder recorder, Random random, String token, Returning participant)
            throws InterruptedException, Unexpected {
        JsonNode me = progress(recorder, token, participant.modulesDone(), participant.answered());
        int modulesDone = participant.modulesDone();
        String next = firstId(me.get("modules"), m -> !m.get("done").asBoolean());
        if (next != null) {
            call(recorder, Operation.MODULE, 200, () -> participants.module(token, next, participant.language()));
            call(recorder, Operation.MODULE_DONE, 204, () -> participants.moduleDone(token, next));
            me = progress(recorder, token, ++modulesDone, participant.answered());
        }
        int answered = participant.answered();
        String due = firstId(me.get("questionnaires"), q -> q.get("due").asBoolean() && !q.get("done").asBoolean());
        if (due != null) {
            call(recorder, Operation.FORM, 200, () -> participants.form(token, due, participant.language()));
            Map<String, String> answers = new LinkedHashMap<>();
            ITEMS.forEach(item -> answers.put(item, Integer.toString(random.nextInt(4))));
            call(recorder, Operation.ANSWER, 201, () -> participants.answer(token, due, answers));
            answered++;
        }
        if (next == null && due == null || random.nextInt(10) == 0) {
            call(recorder, Operation.WITHDRAW, 204, () -> participants.withdraw(token));
            call(recorder, Operation.RESUME_WITHDRAWN, 401, () -> participants.resume(participant.code(), participant.passphrase()));
        } else {
            call(recorder, Operation.SIGN_OUT, 204, () -> participants.signOut(token));
            returning.add(new Returning(participant.code(), participant.passphrase(), participant.language(), modulesDone, answered));
        }
    }

    /** Reads the participant's record and checks that it holds the modules and answers the participant gave. */
    private static JsonNode progress(LoadRecorder recorder, String token, int modulesDone, int answered) throws InterruptedException, Unexpected {
        JsonNode me = json(recorder, Operation.PROGRESS, 200, () -> participants.progress(token));
        int shownDone = count(me.get("modules"));
        int shownAnswered = count(me.get("questionnaires"));
        if (shownDone != modulesDone || shownAnswered != answered) {
            recorder.failed(Operation.PROGRESS, String.format("the record shows %d modules done and %d questionnaires answered instead of %d and %d",
                    shownDone, shownAnswered, modulesDone, answered));
            throw new Unexpected();
        }
        return me;
    }

    /** How an expected answer is read; an answer that cannot be read is a failure too. */
    @FunctionalInterface
    private interface Reading<T> {
        T read(HttpResponse<String> response) throws IOException;
    }

    private static HttpResponse<String> call(LoadRecorder recorder, Operation operation, int expected, LanterneServer.Request request)
            throws InterruptedException, Unexpected {
        return call(recorder, operation, expected, request, response -> response);
    }

    /** Like {@link #call}, for an answer in JSON. */
    private static JsonNode json(LoadRecorder recorder, Operation operation, int expected, LanterneServer.Request request)
            throws InterruptedException, Unexpected {
        return call(recorder, operation, expected, request, response -> LanterneServer.JSON.readTree(response.body()));
    }

    /** Sends a request, times it and records it once, as expected or not; a refused, lost or unreadable answer ends the turn. */
    private static <T> T call(LoadRecorder recorder, Operation operation, int expected, LanterneServer.Request request, Reading<T> reading)
            throws InterruptedException, Unexpected {
        long before = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = request.send();
        } catch (IOException e) {
            recorder.failed(operation, "no answer: " + e);
            throw new Unexpected();
        }
        long nanos = System.nanoTime() - before;
        if (response.statusCode() != expected) {
            recorder.failed(operation, "status " + response.statusCode() + " " + errorKey(response));
            throw new Unexpected();
        }
        T read;
        try {
            read = reading.read(response);
        } catch (IOException e) {
            recorder.failed(operation, "the answer is not JSON");
            throw new Unexpected();
        }
        recorder.succeeded(operation, nanos);
        return read;
    }

    /** @return the API's error key, never the rest of the body */
    private static String errorKey(HttpResponse<String> response) {
        try {
            return LanterneServer.JSON.readTree(response.body()).path("error").asText("");
        } catch (IOException e) {
            return "(not JSON)";
        }
    }

    private static Programme weighted(Random random) {
        int pick = random.nextInt(PROGRAMMES.stream().mapToInt(Programme::weight).sum());
        for (Programme programme : PROGRAMMES) {
            pick -= programme.weight();
            if (pick < 0) {
                return programme;
            }
        }
        throw new IllegalStateException();
    }

    private static String firstId(JsonNode list, Predicate<JsonNode> wanted) {
        for (JsonNode node : list) {
            if (wanted.test(node)) {
                return node.get("id").asText();
            }
        }
        return null;
    }

    private static int count(JsonNode list) {
        int done = 0;
        for (JsonNode node : list) {
            done += node.get("done").asBoolean() ? 1 : 0;
        }
        return done;
    }

    /** Drops a programme definition into the folder the server watches, whole: written aside, then renamed. */
    private static void dropProgramme(String file) throws IOException {
        Path folder = Files.createDirectories(home.resolve("server/programmes"));
        Path part = folder.resolve("." + file + ".part");
        try (var definition = LoadReliabilityIT.class.getResourceAsStream("/programmes/" + file)) {
            Files.copy(definition, part, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(part, folder.resolve(file), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The five texts of the French corpus as PDFs, two tagged, one with its country; then each search's total before the load. */
    private static void seedLiterature() throws Exception {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String name : DOCUMENTS) {
            HttpResponse<String> created = server.postFile("/api/v1/literature/documents", name + ".pdf", CorpusPdf.fromCorpus(name), researcher);
            assertEquals(201, created.statusCode(), created.body());
            ids.put(name, SelfHelpClient.field(created, "id"));
        }
        HttpResponse<String> corrected = server.send(LanterneServer.authorized(HttpRequest.newBuilder(server.uri("/api/v1/literature/documents/"
                + ids.get("icmec-mrc-maroc-synthese-2025"))).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"country\": \"Maroc\"}")), researcher));
        assertEquals(200, corrected.statusCode(), corrected.body());
        for (String name : List.of("cese-avis-enfants-reseaux-sociaux-2024", "weprotect-unicef-revue-mrn-2022")) {
            HttpResponse<String> tagged = server.send(LanterneServer.authorized(HttpRequest.newBuilder(
                    server.uri("/api/v1/literature/documents/" + ids.get(name) + "/tags/revue-ecoles")).PUT(HttpRequest.BodyPublishers.noBody()), researcher));
            assertEquals(200, tagged.statusCode(), tagged.body());
        }
        awaitTotal(new Search("", ""), DOCUMENTS.size());
        awaitTotal(new Search("tag:revue-ecoles", ""), 2);
        awaitTotal(new Search("pays:maroc", ""), 1);
        for (Search search : SEARCHES) {
            HttpResponse<String> found = server.get(search.path(), researcher);
            assertEquals(200, found.statusCode(), search + ": " + found.body());
            int total = LanterneServer.JSON.readTree(found.body()).get("total").asInt();
            assertTrue(total > 0, search + " finds something in the corpus");
            expectedTotals.put(search, total);
        }
    }

    /** Imports and corrections reach the searcher shortly after they are acknowledged. */
    private static void awaitTotal(Search search, int total) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        int found;
        do {
            found = LanterneServer.JSON.readTree(server.get(search.path(), researcher).body()).get("total").asInt();
        } while (found != total && System.nanoTime() < deadline && sleep());
        assertEquals(total, found, search.toString());
    }

    private static boolean sleep() throws InterruptedException {
        Thread.sleep(200);
        return true;
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
    }

    private static String report(LoadRecorder load, Duration wall, String loadBefore, ServerMemory.Sample before, ServerMemory.Sample after,
            long limit) throws IOException {
        return String.format("""
                # Load on the self-help and search APIs

                %s; %d closed-loop clients on loopback for %.1f minutes after %d s of warm-up; %d cores, load average %s at the start and %s at \
                the end (the clients share the machine with the server).

                %s
                Heap retained after a full collection: %d MB after the warm-up, %d MB after the run (limit %d MB); resident size %d MB then %d MB. \
                Heap over time: load-memory.csv.
                """, Instant.now(), CLIENTS, wall.toMillis() / 60_000.0, WARM_UP.toSeconds(), Runtime.getRuntime().availableProcessors(), loadBefore,
                loadAverage(), load.table(wall), before.heapUsed() >> 20, after.heapUsed() >> 20, limit >> 20, before.resident() >> 20,
                after.resident() >> 20);
    }
}
