package org.lanterne.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Crash safety (reliability suite, {@code -Preliability}): concurrent writers — self-help
 * enrolments with their modules and questionnaire answers, caseloads with sessions and signed
 * notes, assessments — write over HTTP while the server process is killed with SIGKILL at random
 * moments, again and again. After each restart every writer finds every write the server
 * acknowledged, whole; at the end the audit trail verifies.
 */
class CrashSafetyReliabilityIT {

    private static final String ADMIN_PASSWORD = "granite-harbour-lantern-17";
    private static final String CLINICIAN_PASSWORD = "orchard-basalt-willow-46";
    /** A well-formed participant code (its check character is right). */
    private static final String CODE = "87PZ-GXMZ-6M4M-F0XYK";
    private static final int KILLS = Integer.getInteger("lanterne.reliability.kills", 10);
    /** Writers of each kind, each on its own thread with its own acknowledged writes. */
    private static final int WRITERS_PER_KIND = 2;
    private static final Map<String, String> ANSWERS = Map.of("urges", "1", "coping", "2", "mood", "0", "alone", "3");

    @TempDir
    static Path home;

    static LanterneServer server;
    /** Answers no writer expected, from any round: a crash-safe server gives none. */
    static final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void startServerWithTheWritersCapabilitiesAndAClinician() throws Exception {
        server = LanterneServer.onFreePorts(home);
        server.succeed("", "server", "start");
        // features installed at runtime stay installed across restarts, kills included
        server.succeed("", "server", "console", "feature:install", "lanterne-instruments", "lanterne-selfhelp", "lanterne-notes");
        server.addUser(ADMIN_PASSWORD, "first-admin", "administrator", ADMIN_PASSWORD);
        server.addUser(ADMIN_PASSWORD, "karim", "clinician", CLINICIAN_PASSWORD);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.run("server", "stop");
    }

    @Test
    void everyAcknowledgedWriteOfEveryKindSurvivesRepeatedKillsAndTheAuditTrailVerifies() throws Exception {
        List<Writer> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS_PER_KIND; w++) {
            writers.addAll(List.of(new AssessmentWriter(), new SelfHelpWriter(), new NotesWriter()));
        }
        Random random = new Random(20261123);
        List<Long> restartMillis = new ArrayList<>();
        for (int kill = 1; kill <= KILLS; kill++) {
            String token = signInWhenReady();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService threads = Executors.newFixedThreadPool(writers.size());
            for (Writer writer : writers) {
                threads.submit(() -> writer.writeUntilKilled(token, running));
            }
            Thread.sleep(500 + random.nextInt(3000));
            long pid = Long.parseLong(Files.readString(home.resolve("server/karaf.pid")).strip());
            ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
            process.onExit().get(30, TimeUnit.SECONDS);
            running.set(false);
            threads.shutdown();
            assertTrue(threads.awaitTermination(2, TimeUnit.MINUTES));

            long restarting = System.nanoTime();
            server.succeed("", "server", "start");
            restartMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarting));
            String afterRestart = signInWhenReady();
            for (Writer writer : writers) {
                writer.assertAllPresent(afterRestart);
            }
        }
        LanterneServer.Result audit = server.run("audit", "verify");
        assertEquals(0, audit.exitCode(), audit.output());
        Collections.sort(restartMillis);
        Map<String, Integer> acknowledged = new LinkedHashMap<>();
        writers.forEach(w -> acknowledged.merge(w.kind(), w.acknowledged, Integer::sum));
        System.out.printf("Crash safety: %d kills, acknowledged writes %s, 0 lost; restart to healthy median %d ms, max %d ms%n", KILLS, acknowledged,
                restartMillis.get(restartMillis.size() / 2), restartMillis.get(restartMillis.size() - 1));
        assertEquals(List.of(), unexpected, "answers no writer expected");
        acknowledged.forEach((kind, count) -> assertTrue(count > KILLS * 3, "enough " + kind + " were acknowledged to mean something: " + count));
    }

    /** One client writing one kind of record while the server may be killed under it. */
    private abstract static class Writer {

        /** Acknowledged writes, each call that answered as expected. */
        int acknowledged;

        abstract String kind();

        /** Writes one record, step by step, keeping each step the server acknowledged. */
        abstract void writeOne(String token) throws IOException, InterruptedException;

        /** After a restart: every acknowledged write is there, whole. */
        abstract void assertAllPresent(String token) throws Exception;

        /** Writes until the server goes away: a write without an answer was never acknowledged. */
        final void writeUntilKilled(String token, AtomicBoolean running) {
            while (running.get()) {
                try {
                    writeOne(token);
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        }

        /** @return whether the server acknowledged the write; any other answer is kept to fail the test */
        final boolean acknowledged(int status, HttpResponse<String> response) {
            boolean expected = expected(status, response);
            acknowledged += expected ? 1 : 0;
            return expected;
        }

        /** @return whether the call answered as expected; any other answer is kept to fail the test */
        final boolean expected(int status, HttpResponse<String> response) {
            if (response.statusCode() == status) {
                return true;
            }
            unexpected.add(kind() + ": " + response.statusCode() + " " + response.body());
            return false;
        }
    }

    /** STATIC-99R assessments of one participant: each must be found again, and each new one score to its stored result. */
    private static final class AssessmentWriter extends Writer {

        private static final String BODY = "{\"participant\":\"" + CODE + "\",\"instrument\":\"static-99r\",\"assessedOn\":\"" + LocalDate.now().minusDays(1)
                + "\",\"answers\":{\"ageAtRelease\":41,\"livedWithPartner\":\"yes\",\"indexNonSexualViolence\":false,"
                + "\"priorNonSexualViolence\":true,\"priorSexOffences\":\"none\",\"priorSentencingDates\":1,\"nonContactSexOffences\":false,"
                + "\"unrelatedVictims\":true,\"strangerVictims\":false,\"maleVictims\":false}}";

        private final List<String> ids = new ArrayList<>();
        /** The assessments scored again after an earlier kill; later kills must not lose them either. */
        private int scoredAgain;

        @Override
        String kind() {
            return "assessments";
        }

        @Override
        void writeOne(String token) throws IOException, InterruptedException {
            HttpResponse<String> answer = server.postJson("/api/v1/assessments", BODY, token);
            if (acknowledged(201, answer)) {
                ids.add(LanterneServer.JSON.readTree(answer.body()).get("id").asText());
            }
        }

        @Override
        void assertAllPresent(String token) throws Exception {
            HttpResponse<String> found = server.postJson("/api/v1/assessments/search", "{\"participant\":\"" + CODE + "\"}", token);
            assertEquals(200, found.statusCode(), found.body());
            Set<String> stored = new HashSet<>();
            for (JsonNode assessment : LanterneServer.JSON.readTree(found.body())) {
                stored.add(assessment.get("id").asText());
            }
            Set<String> lost = new HashSet<>(ids);
            lost.removeAll(stored);
            assertEquals(Set.of(), lost, "acknowledged assessments lost after a kill");
            for (String id : ids.subList(scoredAgain, ids.size())) {
                HttpResponse<String> recomputed = server.get("/api/v1/assessments/" + id + "/recompute", token);
                assertEquals(200, recomputed.statusCode(), recomputed.body());
                assertEquals(1, LanterneServer.JSON.readTree(recomputed.body()).get("total").asInt(),
                        "41 years: -1; prior violence +1; unrelated victim +1");
            }
            scoredAgain = ids.size();
        }
    }

    /** Anonymous participants: an enrolment, then its first module marked done and its baseline questionnaire answered. */
    private static final class SelfHelpWriter extends Writer {

        /** What the server acknowledged of one participant. */
        private static final class Participant {
            final String code;
            boolean moduleDone;
            boolean answered;

            Participant(String code) {
                this.code = code;
            }
        }

        private final SelfHelpClient client = new SelfHelpClient(server);
        private final List<Participant> participants = new ArrayList<>();

        @Override
        String kind() {
            return "self-help writes";
        }

        @Override
        void writeOne(String token) throws IOException, InterruptedException {
            HttpResponse<String> enrolled = client.enrol("taking-care", "fr", null);
            if (!acknowledged(201, enrolled)) {
                return;
            }
            Participant participant = new Participant(SelfHelpClient.field(enrolled, "resumeCode"));
            participants.add(participant);
            String own = SelfHelpClient.field(enrolled, "token");
            participant.moduleDone = acknowledged(204, client.moduleDone(own, "not-alone"));
            participant.answered = acknowledged(201, client.answer(own, "weekly-start", ANSWERS));
            expected(204, client.signOut(own));
        }

        @Override
        void assertAllPresent(String token) throws Exception {
            for (Participant participant : participants) {
                HttpResponse<String> resumed = client.resume(participant.code, null);
                assertEquals(201, resumed.statusCode(), "an acknowledged enrolment resumes after a kill: " + resumed.body());
                String own = SelfHelpClient.field(resumed, "token");
                HttpResponse<String> progress = client.progress(own);
                assertEquals(200, progress.statusCode(), progress.body());
                JsonNode me = LanterneServer.JSON.readTree(progress.body());
                assertEquals("taking-care", me.at("/programme/id").asText());
                assertEquals("not-alone", me.at("/modules/0/id").asText());
                assertEquals("weekly-start", me.at("/questionnaires/0/id").asText());
                if (participant.moduleDone) {
                    assertTrue(me.at("/modules/0/done").asBoolean(), "an acknowledged module marked done is still done");
                }
                if (participant.answered) {
                    assertTrue(me.at("/questionnaires/0/done").asBoolean(), "an acknowledged answer is still there");
                }
                assertEquals(204, client.signOut(own).statusCode());
            }
        }
    }

    /** A clinician's caseload: a case opened, a session recorded, its note saved and signed. */
    private static final class NotesWriter extends Writer {

        /** What the server acknowledged of one case. */
        private static final class Case {
            final String id;
            String session;
            String note;
            Map<String, String> sections;
            boolean signed;

            Case(String id) {
                this.id = id;
            }
        }

        private final List<Case> cases = new ArrayList<>();

        @Override
        String kind() {
            return "caseload writes";
        }

        @Override
        void writeOne(String token) throws IOException, InterruptedException {
            String today = LocalDate.now().toString();
            HttpResponse<String> opened = post("/api/v1/cases", Map.of("clientCode", CODE, "alias", "Client " + (cases.size() + 1),
                    "programme", "treatment", "startedOn", today), token);
            if (!acknowledged(201, opened)) {
                return;
            }
            Case file = new Case(SelfHelpClient.field(opened, "id"));
            cases.add(file);
            HttpResponse<String> recorded = post("/api/v1/cases/" + file.id + "/sessions", Map.of("day", today, "start", "10:00", "minutes", 50,
                    "modality", "INDIVIDUAL", "attendance", "ATTENDED", "goals", List.of("Relapse prevention")), token);
            if (!acknowledged(201, recorded)) {
                return;
            }
            file.session = SelfHelpClient.field(recorded, "id");
            // every section of the template, so that the note read back is the note sent
            Map<String, String> sections = Map.of("presentation", "Calm, on time (" + file.id.substring(0, 8) + ")", "content",
                    "Reviewed the week's plan", "risk-and-protective-factors", "Steady work", "plan", "Next session in a week");
            HttpResponse<String> saved = server.send(LanterneServer.authorized(HttpRequest.newBuilder(server.uri("/api/v1/cases/sessions/"
                    + file.session + "/note")).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                            LanterneServer.JSON.writeValueAsString(Map.of("template", "session-note", "sections", sections)))), token));
            if (!acknowledged(200, saved)) {
                return;
            }
            file.note = SelfHelpClient.field(saved, "id");
            file.sections = sections;
            file.signed = acknowledged(200, post("/api/v1/cases/notes/" + file.note + "/sign", Map.of(), token));
        }

        @Override
        void assertAllPresent(String token) throws Exception {
            for (Case file : cases) {
                HttpResponse<String> opened = server.get("/api/v1/cases/" + file.id, token);
                assertEquals(200, opened.statusCode(), "an acknowledged case is there after a kill: " + opened.body());
                assertEquals(CODE, LanterneServer.JSON.readTree(opened.body()).get("clientCode").asText());
                if (file.session != null) {
                    HttpResponse<String> sessions = server.get("/api/v1/cases/" + file.id + "/sessions", token);
                    assertEquals(200, sessions.statusCode(), sessions.body());
                    assertEquals(file.session, LanterneServer.JSON.readTree(sessions.body()).at("/0/id").asText());
                }
                if (file.note != null) {
                    HttpResponse<String> note = server.get("/api/v1/cases/notes/" + file.note, token);
                    assertEquals(200, note.statusCode(), note.body());
                    JsonNode read = LanterneServer.JSON.readTree(note.body());
                    assertEquals(file.sections, LanterneServer.JSON.convertValue(read.get("sections"), Map.class), "the saved note, whole");
                    if (file.signed) {
                        assertFalse(read.get("signedAt").isNull(), "an acknowledged signature is still there");
                    }
                }
            }
        }

        private static HttpResponse<String> post(String path, Object body, String token) throws IOException, InterruptedException {
            return server.postJson(path, LanterneServer.JSON.writeValueAsString(body), token);
        }
    }

    /** After a start the capabilities register shortly after the server answers: sign in once they all do. */
    private static String signInWhenReady() throws Exception {
        LanterneServer.awaitStatus(401, 60, () -> server.postJson("/api/v1/assessments/search", "{}", null));
        LanterneServer.awaitStatus(401, 60, () -> server.get("/api/v1/cases", null));
        LanterneServer.awaitStatus(200, 60, () -> server.get("/api/v1/selfhelp/programmes/taking-care", null));
        return server.signIn("karim", CLINICIAN_PASSWORD);
    }
}
