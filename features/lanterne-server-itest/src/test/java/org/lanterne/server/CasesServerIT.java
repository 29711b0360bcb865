package org.lanterne.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Caseloads, sessions and notes over HTTP on a real server of its own, the feature installed at
 * runtime: a clinician's session from opening the case to an amendment, what every other role
 * gets on every address, and no note text in any file of the installation afterwards.
 */
class CasesServerIT {

    private static final ObjectMapper JSON = LanterneServer.JSON;
    private static final String ADMIN_PASSWORD = "granite-heron-lantern-81";
    private static final String PASSWORD = "copper-willow-quartz-19";
    /** A well-formed client code (its check character is right). */
    private static final String CODE = "87PZ-GXMZ-6M4M-F0XYK";
    private static final String TODAY = LocalDate.now().toString();

    @TempDir
    static Path home;

    static LanterneServer server;
    static String clinician;
    static String supervisor;

    @BeforeAll
    static void startServerWithTheNotesFeature() throws Exception {
        server = LanterneServer.onFreePorts(home);
        server.succeed("", "server", "start");
        // the library brings the text extraction that makes attachments searchable; the evaluation counts the sessions
        server.succeed("", "server", "console", "feature:install", "lanterne-notes", "lanterne-literature", "lanterne-evaluation");
        server.addUser(ADMIN_PASSWORD, "first-admin", "administrator", ADMIN_PASSWORD);
        for (String[] user : List.of(new String[] { "amina", "clinician" }, new String[] { "samir", "supervisor" },
                new String[] { "rita", "researcher" }, new String[] { "lina", "programme-lead" })) {
            server.addUser(ADMIN_PASSWORD, user[0], user[1], PASSWORD);
        }
        clinician = server.signIn("amina", PASSWORD);
        supervisor = server.signIn("samir", PASSWORD);
        LanterneServer.awaitStatus(200, 60, () -> server.get("/api/v1/cases", clinician));
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.run("server", "stop");
    }

    @Test
    void aClinicianRecordsASessionSignsTheNoteAndAmendsItAndOtherRolesAreRefusedEverywhere() throws Exception {
        String marker = "marker" + UUID.randomUUID().toString().replace("-", "");
        JsonNode file = json(post("/api/v1/cases", Map.of("clientCode", CODE, "alias", "K. " + marker, "programme", "treatment",
                "startedOn", TODAY), clinician), 201);
        String caseId = file.get("id").asText();
        assertEquals("amina", file.get("clinician").asText());

        JsonNode session = json(post("/api/v1/cases/" + caseId + "/sessions", Map.of("day", TODAY, "start", "10:00", "minutes", 60,
                "modality", "INDIVIDUAL", "attendance", "ATTENDED", "goals", List.of("Relapse prevention")), clinician), 201);
        String sessionId = session.get("id").asText();
        Map<String, Object> draft = Map.of("template", "session-note", "sections", Map.of("presentation", "Calm " + marker, "content", "Plan",
                "risk-and-protective-factors", "New job"));
        JsonNode note = json(put("/api/v1/cases/sessions/" + sessionId + "/note", draft, clinician), 200);
        String noteId = note.get("id").asText();
        assertTrue(note.get("signedAt").isNull());

        Map<String, Object> amending = Map.of("reason", "Wrong day " + marker, "sections", Map.of("presentation", "Calm, tired " + marker,
                "content", "Plan", "risk-and-protective-factors", "New job"));
        assertEquals(409, put("/api/v1/cases/notes/" + noteId + "/amendment-draft", amending, clinician).statusCode(), "a draft is edited");
        JsonNode signed = json(post("/api/v1/cases/notes/" + noteId + "/sign", Map.of(), clinician), 200);
        assertFalse(signed.get("signedAt").isNull());
        assertTrue(error(put("/api/v1/cases/sessions/" + sessionId + "/note", draft, clinician), 409).contains("amendment"));
        assertTrue(json(server.get("/api/v1/cases/notes/" + noteId + "/amendment-draft", clinician), 200).isNull());
        json(put("/api/v1/cases/notes/" + noteId + "/amendment-draft", amending, clinician), 200);
        JsonNode pending = json(server.get("/api/v1/cases/notes/" + noteId + "/amendment-draft", clinician), 200);
        assertEquals("Calm, tired " + marker, pending.at("/sections/presentation").asText(), "the amendment being written is kept");
        assertEquals("amina", pending.get("author").asText());
        JsonNode amended = json(post("/api/v1/cases/notes/" + noteId + "/amendments", Map.of("reason", "Wrong day noted",
                "sections", Map.of("presentation", "Calm, tired", "content", "Plan", "risk-and-protective-factors", "New job")), clinician), 201);
        assertEquals("Calm " + marker, amended.at("/sections/presentation").asText(), "the signed text is kept");
        assertEquals("Wrong day noted", amended.at("/amendments/0/reason").asText());
        assertTrue(json(server.get("/api/v1/cases/notes/" + noteId + "/amendment-draft", clinician), 200).isNull(), "the draft became it");
        json(put("/api/v1/cases/notes/" + noteId + "/amendment-draft", amending, clinician), 200); // left pending for the scan below

        JsonNode flag = json(post("/api/v1/cases/" + caseId + "/flags", Map.of("kind", "SAFEGUARDING_DISCLOSURE"), clinician), 201);
        assertEquals(flag.get("id").asText(), json(server.get("/api/v1/cases/alerts", supervisor), 200).at("/0/id").asText());
        assertEquals(noteId, json(server.get("/api/v1/cases/notes/" + noteId, supervisor), 200).get("id").asText(), "a supervisor reads");
        JsonNode timeline = json(server.get("/api/v1/cases/" + caseId + "/timeline", clinician), 200);
        assertEquals(1.0, timeline.get("attendanceRate").asDouble());
        assertEquals("amina", json(server.get("/api/v1/cases", clinician), 200).at("/0/file/clinician").asText());

        assertEquals(0, json(post("/api/v1/cases/search", Map.of("query", marker, "max", 5), clinician), 200).size(),
                "the amended text is searched, not what it replaced");
        JsonNode found = json(post("/api/v1/cases/search", Map.of("query", "TIRED", "max", 5), clinician), 200);
        assertEquals(noteId, found.at("/0/noteId").asText());
        assertTrue(found.at("/0/snippet").asText().contains("<mark>tired</mark>"), found.toString());

        byte[] letter = ("<html><body><p>Lettre du service de probation " + marker + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        JsonNode attached = json(send(HttpRequest.newBuilder(server.uri("/api/v1/cases/sessions/" + sessionId + "/attachments"))
                .header("X-File-Name", "lettre%20" + marker + ".html").POST(HttpRequest.BodyPublishers.ofByteArray(letter)), clinician), 201);
        assertEquals("lettre " + marker + ".html", attached.get("fileName").asText());
        assertTrue(attached.get("notSearchable").isNull(), attached.toString());
        assertEquals(attached.get("id").asText(), json(post("/api/v1/cases/search", Map.of("query", marker), clinician), 200).at("/0/attachmentId").asText());
        HttpResponse<byte[]> download = server.sendBytes(LanterneServer.authorized(HttpRequest.newBuilder(
                server.uri("/api/v1/cases/attachments/" + attached.get("id").asText())).GET(), clinician));
        assertEquals(200, download.statusCode());
        assertEquals("application/octet-stream", download.headers().firstValue("Content-Type").orElse(""));
        assertTrue(java.util.Arrays.equals(letter, download.body()));
        assertEquals(413, send(HttpRequest.newBuilder(server.uri("/api/v1/cases/sessions/" + sessionId + "/attachments"))
                .header("X-File-Name", "big.pdf").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[(20 << 20) + 1])), clinician).statusCode());

        for (String name : List.of("rita", "lina", "first-admin")) {
            String token = server.signIn(name, name.equals("first-admin") ? ADMIN_PASSWORD : PASSWORD);
            for (String path : List.of("/api/v1/cases", "/api/v1/cases/" + caseId, "/api/v1/cases/" + caseId + "/sessions",
                    "/api/v1/cases/" + caseId + "/timeline", "/api/v1/cases/sessions/" + sessionId + "/note", "/api/v1/cases/notes/" + noteId,
                    "/api/v1/cases/alerts")) {
                assertEquals(403, server.get(path, token).statusCode(), name + " GET " + path);
            }
            assertEquals(403, post("/api/v1/cases/notes/" + noteId + "/amendments", Map.of("reason", "x", "sections", Map.of()), token).statusCode());
            assertEquals(403, put("/api/v1/cases/sessions/" + sessionId + "/note", draft, token).statusCode(), name);
            assertEquals(403, put("/api/v1/cases/notes/" + noteId + "/amendment-draft", amending, token).statusCode(), name);
            assertEquals(403, server.get("/api/v1/cases/notes/" + noteId + "/amendment-draft", token).statusCode(), name);
            assertEquals(403, post("/api/v1/cases/search", Map.of("query", marker), token).statusCode(), name);
            assertEquals(403, server.get("/api/v1/cases/attachments/" + attached.get("id").asText(), token).statusCode(), name);
        }
        for (String name : List.of("rita", "lina")) {
            JsonNode counted = json(server.get("/api/v1/recorded-sessions", server.signIn(name, PASSWORD)), 200);
            assertEquals("treatment", counted.at("/0/programme").asText(), counted.toString());
            assertEquals("<5", counted.at("/0/byMonth/cells/0/0").asText(), "one session attended: a count too small to show");
            assertFalse(counted.toString().contains(caseId) || counted.toString().contains(CODE), "no case is named");
        }
        assertEquals(403, server.get("/api/v1/recorded-sessions", server.signIn("first-admin", ADMIN_PASSWORD)).statusCode());
        assertEquals(401, server.get("/api/v1/recorded-sessions", null).statusCode());
        assertEquals(401, server.get("/api/v1/cases/notes/" + noteId, null).statusCode());
        assertEquals(404, server.get("/api/v1/cases/notes/" + UUID.randomUUID(), clinician).statusCode());
        assertTrue(error(post("/api/v1/cases/" + caseId + "/sessions", Map.of("day", "yesterday"), clinician), 400).contains("YYYY-MM-DD"));
        assertEquals(400, send(HttpRequest.newBuilder(server.uri("/api/v1/cases")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"clientCode\": [")), clinician).statusCode());

        assertEquals(List.of(), filesHolding(home, marker), "no file of the installation holds note text in the clear");
    }

    private static List<Path> filesHolding(Path folder, String text) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(text);
                } catch (IOException e) {
                    return false; // a file that went away while the server wrote
                }
            }).toList();
        }
    }

    private static HttpResponse<String> post(String path, Object body, String token) throws IOException, InterruptedException {
        return server.postJson(path, JSON.writeValueAsString(body), token);
    }

    private static HttpResponse<String> put(String path, Object body, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String token) throws IOException, InterruptedException {
        return server.send(LanterneServer.authorized(request, token));
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static String error(HttpResponse<String> response, int status) throws IOException {
        return json(response, status).get("error").asText();
    }
}
