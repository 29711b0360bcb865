package org.lanterne.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An installation made before session attachments existed is upgraded in place: its encrypted
 * database is brought back to the notes schema of that time (migration V1 only: no attachment
 * table, no amendment draft table, nothing after V1 in the schema history), then the current server
 * starts on it. Every case, session, signed note, amendment, risk flag and library record is there
 * as it was, each pending migration runs once, and the new feature works on the old data.
 */
class UpgradeInPlaceReliabilityIT {

    private static final String ADMIN_PASSWORD = "cobalt-fern-harbour-23";
    private static final String PASSWORD = "willow-slate-ember-58";
    private static final String REFERENCES = "TY  - JOUR\nTI  - Les violences numériques envers les enfants\nAU  - Benali, Karim\nPY  - 2023\nER  - \n"
            + "TY  - RPRT\nTI  - Prévenir les violences sexuelles : un guide pour les parents\nAU  - UNICEF\nPY  - 2022\nER  - \n";

    @TempDir
    Path home;

    @Test
    void anInstallationFromBeforeAttachmentsKeepsEverythingAndGainsThem() throws Exception {
        LanterneServer server = LanterneServer.onFreePorts(home);
        server.succeed("", "server", "start");
        String caseId;
        String noteId;
        JsonNode noteBefore;
        JsonNode libraryBefore;
        try {
            server.succeed("", "server", "console", "feature:install", "lanterne-notes", "lanterne-literature");
            server.addUser(ADMIN_PASSWORD, "first-admin", "administrator", ADMIN_PASSWORD);
            server.addUser(ADMIN_PASSWORD, "amina", "clinician", PASSWORD);
            server.addUser(ADMIN_PASSWORD, "rania", "researcher", PASSWORD);
            String clinician = server.signIn("amina", PASSWORD);
            String researcher = server.signIn("rania", PASSWORD);
            LanterneServer.awaitStatus(200, 90, () -> server.get("/api/v1/cases", clinician));
            LanterneServer.awaitStatus(200, 90, () -> server.get("/api/v1/literature/search?q=", researcher));

            caseId = json(post(server, "/api/v1/cases", Map.of("clientCode", "87PZ-GXMZ-6M4M-F0XYK", "alias", "K. B.", "programme", "treatment",
                    "startedOn", "2026-10-05"), clinician), 201).get("id").asText();
            String sessionId = json(post(server, "/api/v1/cases/" + caseId + "/sessions", Map.of("day", "2026-10-12", "start", "10:00",
                    "minutes", 60, "modality", "INDIVIDUAL", "attendance", "ATTENDED", "goals", List.of("Relapse prevention")), clinician), 201)
                    .get("id").asText();
            Map<String, String> sections = Map.of("presentation", "Calm, engaged", "content", "Relapse-prevention plan",
                    "risk-and-protective-factors", "New job");
            noteId = json(put(server, "/api/v1/cases/sessions/" + sessionId + "/note", Map.of("template", "session-note", "sections", sections),
                    clinician), 200).get("id").asText();
            json(post(server, "/api/v1/cases/notes/" + noteId + "/sign", Map.of(), clinician), 200);
            json(post(server, "/api/v1/cases/notes/" + noteId + "/amendments", Map.of("reason", "Wrong goal noted", "sections",
                    Map.of("presentation", "Calm, engaged, tired", "content", "Relapse-prevention plan", "risk-and-protective-factors", "New job")),
                    clinician), 201);
            json(post(server, "/api/v1/cases/" + caseId + "/flags", Map.of("kind", "SAFEGUARDING_DISCLOSURE"), clinician), 201);
            noteBefore = json(server.get("/api/v1/cases/notes/" + noteId, clinician), 200);
            assertEquals(200, server.send(LanterneServer.authorized(HttpRequest.newBuilder(server.uri("/api/v1/literature/references?format=ris"))
                    .header("Content-Type", "application/x-research-info-systems").POST(HttpRequest.BodyPublishers.ofString(REFERENCES)), researcher))
                    .statusCode());
            libraryBefore = json(server.get("/api/v1/literature/search?q=violences&sort=year", researcher), 200);
            assertEquals(2, libraryBefore.get("total").asInt());
        } finally {
            server.succeed("", "server", "stop");
        }

        backToTheSchemaBeforeAttachments();

        server.succeed("", "server", "start");
        try {
            // the capabilities' endpoints register shortly after the server reports itself started
            LanterneServer.awaitStatus(400, 90, () -> server.postJson("/api/v1/sessions", "{}", null));
            String clinician = server.signIn("amina", PASSWORD);
            String researcher = server.signIn("rania", PASSWORD);
            LanterneServer.awaitStatus(200, 90, () -> server.get("/api/v1/cases", clinician));
            assertEquals(noteBefore, json(server.get("/api/v1/cases/notes/" + noteId, clinician), 200), "the note, its signature and amendment");
            assertEquals("SAFEGUARDING_DISCLOSURE", json(server.get("/api/v1/cases/alerts", clinician), 200).at("/0/kind").asText());
            assertEquals(1.0, json(server.get("/api/v1/cases/" + caseId + "/timeline", clinician), 200).get("attendanceRate").asDouble());
            assertEquals(noteId, json(post(server, "/api/v1/cases/search", Map.of("query", "tired"), clinician), 200).at("/0/noteId").asText(),
                    "the notes are searched as before");
            String sessionId = noteBefore.get("sessionId").asText();
            byte[] letter = "<html><body><p>Lettre du service de probation</p></body></html>".getBytes(StandardCharsets.UTF_8);
            JsonNode attached = json(server.send(LanterneServer.authorized(HttpRequest.newBuilder(
                    server.uri("/api/v1/cases/sessions/" + sessionId + "/attachments")).header("X-File-Name", "lettre.html")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(letter)), clinician)), 201);
            assertEquals("lettre.html", attached.get("fileName").asText(), "the feature the upgrade brought works on an old session");
            LanterneServer.awaitStatus(200, 90, () -> server.get("/api/v1/literature/search?q=", researcher));
            assertEquals(libraryBefore, json(server.get("/api/v1/literature/search?q=violences&sort=year", researcher), 200), "the same hits");
        } finally {
            server.succeed("", "server", "stop");
        }
        assertFalse(Files.exists(home.resolve("server/literature/" + "index.damaged")), "the library's index was opened as it was");
        assertEquals(List.of(1, 2, 3), historyOfNotes(), "each pending migration ran once");
    }

    /** Removes what the notes' migrations after V1 added (V2 attachments, V3 amendment drafts), as the database was before them. */
    private void backToTheSchemaBeforeAttachments() throws Exception {
        try (Connection connection = derby(); Statement sql = connection.createStatement()) {
            sql.execute("DROP TABLE LANTERNE_NOTE_AMENDMENT_DRAFT");
            sql.execute("DROP TABLE LANTERNE_NOTE_ATTACHMENT");
            assertEquals(2, sql.executeUpdate("DELETE FROM LANTERNE_SCHEMA_HISTORY WHERE UNIT_NAME = 'lanterne.notes' AND VERSION > 1"));
        } finally {
            shutDownDerby();
        }
    }

    private List<Integer> historyOfNotes() throws Exception {
        try (Connection connection = derby(); Statement sql = connection.createStatement();
                var rows = sql.executeQuery("SELECT VERSION FROM LANTERNE_SCHEMA_HISTORY WHERE UNIT_NAME = 'lanterne.notes' ORDER BY VERSION")) {
            List<Integer> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
            return versions;
        } finally {
            shutDownDerby();
        }
    }

    /** The server's encrypted database, opened with its boot key while the server is stopped. */
    private Connection derby() throws IOException, SQLException {
        String bootKey = Files.readString(home.resolve("server/keys/database.key"), StandardCharsets.US_ASCII).strip();
        return DriverManager.getConnection("jdbc:derby:" + home.resolve("server/database") + ";bootPassword=" + bootKey);
    }

    private void shutDownDerby() {
        try {
            DriverManager.getConnection("jdbc:derby:" + home.resolve("server/database") + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a shutdown that went well as an exception (08006)
        }
    }

    private static HttpResponse<String> post(LanterneServer server, String path, Object body, String token) throws Exception {
        return server.postJson(path, LanterneServer.JSON.writeValueAsString(body), token);
    }

    private static HttpResponse<String> put(LanterneServer server, String path, Object body, String token) throws Exception {
        return server.send(LanterneServer.authorized(HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(LanterneServer.JSON.writeValueAsString(body))), token));
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        return LanterneServer.JSON.readTree(response.body());
    }
}
