package org.lanterne.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Crash safety (reliability suite, {@code -Preliability}): writers record assessments over HTTP
 * while the server process is killed with SIGKILL at random moments, again and again. After each
 * restart every assessment the server acknowledged (201) must be there, whole (it scores again to
 * the same result), and the audit trail must verify.
 */
class CrashSafetyReliabilityIT {

    private static final String ADMIN_PASSWORD = "granite-harbour-lantern-17";
    private static final String CLINICIAN_PASSWORD = "orchard-basalt-willow-46";
    /** A well-formed participant code (its check character is right). */
    private static final String CODE = "87PZ-GXMZ-6M4M-F0XYK";
    private static final int KILLS = Integer.getInteger("lanterne.reliability.kills", 10);
    private static final int WRITERS = 4;

    @TempDir
    static Path home;

    static LanterneServer server;

    @BeforeAll
    static void startServerWithInstrumentsAndAClinician() throws Exception {
        server = LanterneServer.onFreePorts(home);
        server.succeed("", "server", "start");
        // a feature installed at runtime stays installed across restarts, kills included
        server.succeed("", "server", "console", "feature:install", "lanterne-instruments");
        server.addUser(ADMIN_PASSWORD, "first-admin", "administrator", ADMIN_PASSWORD);
        server.addUser(ADMIN_PASSWORD, "karim", "clinician", CLINICIAN_PASSWORD);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.run("server", "stop");
    }

    @Test
    void everyAcknowledgedAssessmentSurvivesRepeatedKillsAndTheAuditTrailVerifies() throws Exception {
        Random random = new Random(20261123);
        Set<String> acknowledged = Collections.synchronizedSet(new HashSet<>());
        List<Long> restartMillis = new ArrayList<>();
        for (int kill = 1; kill <= KILLS; kill++) {
            String token = signInWhenReady();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int w = 0; w < WRITERS; w++) {
                writers.submit(() -> write(token, running, acknowledged));
            }
            Thread.sleep(500 + random.nextInt(3000));
            long pid = Long.parseLong(Files.readString(home.resolve("server/karaf.pid")).strip());
            ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
            process.onExit().get(30, TimeUnit.SECONDS);
            running.set(false);
            writers.shutdown();
            assertTrue(writers.awaitTermination(2, TimeUnit.MINUTES));

            long restarting = System.nanoTime();
            server.succeed("", "server", "start");
            restartMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarting));
            assertAllPresent(signInWhenReady(), acknowledged);
        }
        LanterneServer.Result audit = server.run("audit", "verify");
        assertEquals(0, audit.exitCode(), audit.output());
        Collections.sort(restartMillis);
        System.out.printf("Crash safety: %d kills, %d acknowledged assessments, 0 lost; restart to healthy median %d ms, max %d ms%n",
                KILLS, acknowledged.size(), restartMillis.get(restartMillis.size() / 2), restartMillis.get(restartMillis.size() - 1));
        assertTrue(acknowledged.size() > KILLS * 10, "enough writes were acknowledged to mean something: " + acknowledged.size());
    }

    /** Records assessments until the server goes away; only 201 answers count as acknowledged. */
    private static void write(String token, AtomicBoolean running, Set<String> acknowledged) {
        String body = "{\"participant\":\"" + CODE + "\",\"instrument\":\"static-99r\",\"assessedOn\":\"" + LocalDate.now().minusDays(1)
                + "\",\"answers\":{\"ageAtRelease\":41,\"livedWithPartner\":\"yes\",\"indexNonSexualViolence\":false,"
                + "\"priorNonSexualViolence\":true,\"priorSexOffences\":\"none\",\"priorSentencingDates\":1,\"nonContactSexOffences\":false,"
                + "\"unrelatedVictims\":true,\"strangerVictims\":false,\"maleVictims\":false}}";
        while (running.get()) {
            try {
                HttpResponse<String> answer = server.postJson("/api/v1/assessments", body, token);
                if (answer.statusCode() == 201) {
                    acknowledged.add(LanterneServer.JSON.readTree(answer.body()).get("id").asText());
                }
            } catch (IOException | InterruptedException e) {
                return; // the server was killed: this write was never acknowledged
            }
        }
    }

    private static void assertAllPresent(String token, Set<String> acknowledged) throws Exception {
        HttpResponse<String> found = server.postJson("/api/v1/assessments/search", "{\"participant\":\"" + CODE + "\"}", token);
        assertEquals(200, found.statusCode(), found.body());
        Set<String> stored = new HashSet<>();
        for (JsonNode assessment : LanterneServer.JSON.readTree(found.body())) {
            stored.add(assessment.get("id").asText());
        }
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(stored);
        assertEquals(Set.of(), lost, "acknowledged assessments lost after a kill");
        // one of them, whole: its answers still score to its stored result
        String sample = acknowledged.iterator().next();
        HttpResponse<String> recomputed = server.get("/api/v1/assessments/" + sample + "/recompute", token);
        assertEquals(200, recomputed.statusCode(), recomputed.body());
        assertEquals(1, LanterneServer.JSON.readTree(recomputed.body()).get("total").asInt(), "41 years: -1; prior violence +1; unrelated victim +1");
    }

    /** After a start the capability registers shortly after the server answers: sign in once it does. */
    private static String signInWhenReady() throws Exception {
        LanterneServer.awaitStatus(401, 60, () -> server.postJson("/api/v1/assessments/search", "{}", null));
        return server.signIn("karim", CLINICIAN_PASSWORD);
    }
}
