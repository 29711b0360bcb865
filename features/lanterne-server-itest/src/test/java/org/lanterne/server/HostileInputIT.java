package org.lanterne.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A corpus of hostile requests against every capability of one real server: oversized, deeply
 * nested, truncated and invalid UTF-8 JSON bodies on every JSON endpoint family; SQL- and
 * query-syntax injection in searches and ids; path traversal, NUL, right-to-left overrides and
 * very long names in uploaded file names; oversized, corrupt and zip-bomb documents. Each gets a
 * clear answer in JSON (4xx, or a success that stored nothing unsafe), never a server error; no
 * answer quotes the secret planted in a request; no file is left under a name a request chose; the
 * server stays healthy.
 */
class HostileInputIT {

    private static final String ADMIN_PASSWORD = "basalt-harbour-cedar-47";
    private static final String PASSWORD = "lichen-quartz-meadow-62";
    /** Planted in every hostile request: no answer, file name or stray file may hold it. */
    private static final String SECRET = "secret" + UUID.randomUUID().toString().replace("-", "");
    private static final List<String> INJECTIONS = List.of("' OR 1=1 --", "\" OR \"\"=\"", "1; DROP TABLE notes; --",
            "') UNION SELECT password FROM accounts --", "%' AND 1=0 UNION SELECT NULL --", "*:*", "title:(", "\"unclosed",
            "year:[2020 TO", "a".repeat(300) + "~2", "*a*a*a*a*a*a*a*a*a*a*a*a", "(".repeat(500), "text:/.*/", "\\", "\u0000");

    @TempDir
    static Path home;

    static LanterneServer server;
    static String clinician;
    static String researcher;
    static String lead;
    static String sessionId;

    @BeforeAll
    static void startServerWithEveryCapability() throws Exception {
        server = LanterneServer.onFreePorts(home);
        server.succeed("", "server", "start");
        server.succeed("", "server", "console", "feature:install", "lanterne-instruments", "lanterne-selfhelp", "lanterne-literature",
                "lanterne-notes", "lanterne-evaluation");
        server.addUser(ADMIN_PASSWORD, "first-admin", "administrator", ADMIN_PASSWORD);
        server.addUser(ADMIN_PASSWORD, "amina", "clinician", PASSWORD);
        server.addUser(ADMIN_PASSWORD, "rania", "researcher", PASSWORD);
        server.addUser(ADMIN_PASSWORD, "lina", "programme-lead", PASSWORD);
        clinician = server.signIn("amina", PASSWORD);
        researcher = server.signIn("rania", PASSWORD);
        lead = server.signIn("lina", PASSWORD);
        for (String path : List.of("/api/v1/cases", "/api/v1/literature/search?q=", "/api/v1/instruments", "/api/v1/selfhelp/programmes")) {
            LanterneServer.awaitStatus(200, 90, () -> server.get(path, clinician));
        }
        JsonNode file = json(server.postJson("/api/v1/cases", LanterneServer.JSON.writeValueAsString(Map.of("clientCode", "87PZ-GXMZ-6M4M-F0XYK",
                "alias", "K.", "programme", "treatment", "startedOn", "2026-11-02")), clinician), 201);
        sessionId = json(server.postJson("/api/v1/cases/" + file.get("id").asText() + "/sessions", LanterneServer.JSON.writeValueAsString(
                Map.of("day", "2026-11-02", "start", "10:00", "minutes", 60, "modality", "INDIVIDUAL", "attendance", "ATTENDED")), clinician), 201)
                .get("id").asText();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.run("server", "stop");
    }

    @AfterEach
    void theServerIsStillHealthyAndNothingLeftTheDataFolder() throws Exception {
        assertEquals(200, server.get("/api/v1/health", null).statusCode());
        assertEquals(200, server.get("/api/v1/literature/search?q=enfants", researcher).statusCode());
        assertEquals(List.of(), strayFiles(), "files named after a hostile upload");
    }

    /** A JSON endpoint, with the token of a role that may call it ({@code null}: none needed). */
    private record Endpoint(String method, String path, String token) {
    }

    private static List<Endpoint> jsonEndpoints() {
        return List.of(new Endpoint("POST", "/api/v1/sessions", null),
                new Endpoint("POST", "/api/v1/instruments/static-99r/score", clinician),
                new Endpoint("POST", "/api/v1/assessments", clinician),
                new Endpoint("POST", "/api/v1/assessments/search", clinician),
                new Endpoint("POST", "/api/v1/cases", clinician),
                new Endpoint("POST", "/api/v1/cases/search", clinician),
                new Endpoint("PUT", "/api/v1/cases/sessions/" + sessionId + "/note", clinician),
                new Endpoint("POST", "/api/v1/selfhelp/enrolments", null),
                new Endpoint("POST", "/api/v1/selfhelp/sessions", null),
                new Endpoint("PUT", "/api/v1/literature/documents/lit-000000000000000000000000/decision", researcher),
                new Endpoint("POST", "/api/v1/exports", lead));
    }

    private static List<byte[]> hostileBodies() {
        List<byte[]> bodies = new ArrayList<>();
        bodies.add(("{\"answers\": {\"note\": \"" + SECRET + "x".repeat(70 * 1024) + "\"}}").getBytes(StandardCharsets.UTF_8));
        bodies.add(("[".repeat(20_000) + "\"" + SECRET + "\"").getBytes(StandardCharsets.UTF_8));
        bodies.add(("{\"a\":".repeat(5_000) + "\"" + SECRET + "\"" + "}".repeat(5_000)).getBytes(StandardCharsets.UTF_8));
        bodies.add(("{\"query\": \"" + SECRET).getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream invalidUtf8 = new ByteArrayOutputStream();
        invalidUtf8.writeBytes(("{\"name\": \"" + SECRET).getBytes(StandardCharsets.UTF_8));
        invalidUtf8.writeBytes(new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80 });
        invalidUtf8.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        bodies.add(invalidUtf8.toByteArray());
        bodies.add(("{\"" + SECRET + "\": 1e99999999, \"x\": \"\u0000\"}").getBytes(StandardCharsets.UTF_8));
        bodies.add("null".getBytes(StandardCharsets.UTF_8));
        bodies.add(new byte[0]);
        return bodies;
    }

    @Test
    void everyJsonEndpointFamilyRefusesHugeDeepTruncatedAndInvalidBodiesWithoutQuotingThem() throws Exception {
        for (Endpoint endpoint : jsonEndpoints()) {
            for (byte[] body : hostileBodies()) {
                HttpRequest.Builder request = LanterneServer.authorized(HttpRequest.newBuilder(server.uri(endpoint.path()))
                        .header("Content-Type", "application/json").method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(body)),
                        endpoint.token());
                clearRefusal(server.send(request), endpoint.method() + " " + endpoint.path());
            }
        }
    }

    @Test
    void injectionsInSearchesAndIdsAreSearchedAsTextOrExplained() throws Exception {
        for (String injection : INJECTIONS) {
            String encoded = URLEncoder.encode(injection, StandardCharsets.UTF_8);
            HttpResponse<String> literature = server.get("/api/v1/literature/search?q=" + encoded, researcher);
            answered(literature, "literature search " + injection, 200, 400);
            assertEquals(0, literature.statusCode() == 200 ? json(literature, 200).get("total").asInt() : 0, "nothing matches " + injection);
            HttpResponse<String> notes = server.postJson("/api/v1/cases/search", LanterneServer.JSON.writeValueAsString(Map.of("query", injection)),
                    clinician);
            answered(notes, "notes search " + injection, 200, 400);
            if (notes.statusCode() == 200) {
                assertEquals(0, json(notes, 200).size(), "nothing matches " + injection);
            }
            if (injection.contains("\u0000")) {
                continue; // in an address, see below
            }
            String id = encoded.replace("+", "%20");
            for (String path : List.of("/api/v1/cases/" + id, "/api/v1/cases/notes/" + id, "/api/v1/literature/documents/" + id,
                    "/api/v1/instruments/" + id, "/api/v1/assessments/" + id + "/recompute")) {
                answered(server.get(path, path.contains("literature") ? researcher : clinician), "GET " + path, 400, 404);
            }
            answered(server.postJson("/api/v1/assessments/search", LanterneServer.JSON.writeValueAsString(Map.of("participant", injection)),
                    clinician), "assessments of " + injection, 200, 400);
        }
    }

    @Test
    void aNulInAnAddressIsRefusedByTheContainerBeforeAnyLanterneCode() throws Exception {
        for (String path : List.of("/api/v1/cases/%00", "/api/v1/literature/documents/lit-%00" + SECRET)) {
            HttpResponse<String> refused = server.get(path, clinician);
            assertEquals(400, refused.statusCode(), path);
            assertFalse(refused.body().contains(SECRET), refused.body());
        }
    }

    @Test
    void uploadedFileNamesNeverLeaveTheirFolderNorHideTheirExtension() throws Exception {
        List<String> names = List.of("../../" + SECRET + ".pdf", "/tmp/" + SECRET + ".pdf", "..\\..\\" + SECRET + ".pdf",
                SECRET + "\u0000.pdf", "facture-" + SECRET + "\u202Efdp.exe", SECRET + "x".repeat(4_000) + ".pdf", "..");
        int n = 0;
        for (String name : names) {
            byte[] pdf = CorpusPdf.of("Fichier " + n, 2020, "Prévention numéro " + n++ + " du harcèlement en ligne des enfants.");
            HttpResponse<String> upload = answered(multipart("/api/v1/literature/documents", name, pdf), "upload " + printable(name), 201, 400);
            if (upload.statusCode() == 201) {
                safeName(json(upload, 201).get("sourceFileName").asText(), name);
            }
            HttpResponse<String> attach = answered(server.send(LanterneServer.authorized(HttpRequest.newBuilder(
                    server.uri("/api/v1/cases/sessions/" + sessionId + "/attachments")).header("X-File-Name", URLEncoder.encode(name,
                            StandardCharsets.UTF_8)).POST(HttpRequest.BodyPublishers.ofByteArray(pdf)), clinician)), "attach " + printable(name), 201, 400);
            if (attach.statusCode() == 201) {
                safeName(json(attach, 201).get("fileName").asText(), name);
            }
        }
        answered(server.send(LanterneServer.authorized(HttpRequest.newBuilder(server.uri("/api/v1/cases/sessions/" + sessionId + "/attachments"))
                .header("X-File-Name", "%E2%ZZ" + SECRET).POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] { 1 })), clinician)),
                "a name that is not percent-encoded", 400);
    }

    @Test
    void oversizedCorruptAndZipBombDocumentsAreRefusedOrKeptUnsearchable() throws Exception {
        byte[] corrupt = ("%PDF-1.7\n1 0 obj << /Length 999999 >> stream\n" + SECRET).getBytes(StandardCharsets.UTF_8);
        byte[] bomb = zipBomb();
        for (Map.Entry<String, byte[]> document : Map.of("corrupt.pdf", corrupt, "bomb.docx", bomb).entrySet()) {
            HttpResponse<String> upload = answered(multipart("/api/v1/literature/documents", document.getKey(), document.getValue()),
                    "import of " + document.getKey(), 422);
            assertFalse(upload.body().contains(SECRET));
            HttpResponse<String> attach = answered(server.send(LanterneServer.authorized(HttpRequest.newBuilder(
                    server.uri("/api/v1/cases/sessions/" + sessionId + "/attachments")).header("X-File-Name", document.getKey())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(document.getValue())), clinician)), "attachment " + document.getKey(), 201);
            assertFalse(json(attach, 201).get("notSearchable").isNull(), "kept, with the reason it cannot be searched: " + attach.body());
        }
        answered(multipart("/api/v1/literature/references?format=ris", "big.ris", ("TY  - JOUR\nTI  - " + "x".repeat(11 << 20) + "\nER  - \n")
                .getBytes(StandardCharsets.UTF_8)), "an oversized reference list", 413);
        answered(server.send(LanterneServer.authorized(HttpRequest.newBuilder(server.uri("/api/v1/cases/sessions/" + sessionId + "/attachments"))
                .header("X-File-Name", "big.pdf").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[(20 << 20) + 1])), clinician)),
                "an oversized attachment", 413);
    }

    // ---- helpers ----

    /** Asserts a clear refusal: a 4xx in JSON with an error message that does not quote the request. */
    private static void clearRefusal(HttpResponse<String> response, String what) throws IOException {
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, what + ": " + response.statusCode() + " " + response.body());
        assertJsonError(response, what);
    }

    /** Asserts one of the expected statuses, an answer in JSON (with an error if it is a refusal), no quoted secret. */
    private static HttpResponse<String> answered(HttpResponse<String> response, String what, int... expected) throws IOException {
        assertTrue(Arrays.stream(expected).anyMatch(s -> s == response.statusCode()),
                what + ": " + response.statusCode() + " " + response.body());
        if (response.statusCode() >= 400) {
            assertJsonError(response, what);
        } else {
            LanterneServer.JSON.readTree(response.body());
        }
        return response;
    }

    private static void assertJsonError(HttpResponse<String> response, String what) throws IOException {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), what);
        JsonNode error = LanterneServer.JSON.readTree(response.body());
        assertTrue(error.hasNonNull("error") && !error.get("error").asText().isBlank(), what + ": " + response.body());
        assertFalse(response.body().contains(SECRET), what + " quotes the request: " + response.body());
    }

    /** A stored file name: one name, no folder, no control or direction-changing character. */
    private static void safeName(String stored, String sent) {
        assertFalse(stored.contains("/") || stored.contains("\\") || stored.equals(".."), "a folder in " + printable(stored));
        assertTrue(stored.codePoints().noneMatch(c -> Character.isISOControl(c) || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069),
                "a control character in " + printable(stored) + " from " + printable(sent));
    }

    private static String printable(String name) {
        String shown = name.length() > 60 ? name.substring(0, 60) + "…" : name;
        return shown.codePoints().mapToObj(c -> Character.isISOControl(c) || c > 0x2000 ? String.format("\\u%04X", c) : Character.toString(c))
                .reduce("", String::concat);
    }

    /**
     * Files named after the planted secret: an upload is kept under a name of its own while it is
     * imported and deleted before the answer, so none may remain, in the installation (where the
     * server's temporary folder is), in the distribution, or where an absolute name pointed.
     */
    private static List<Path> strayFiles() throws IOException {
        List<Path> stray = new ArrayList<>();
        for (Path root : List.of(home, LanterneServer.DISTRIBUTION)) {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    return visitFile(folder, attributes);
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (file.getFileName().toString().contains(SECRET)) {
                        stray.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // the server's own short-lived files come and go while it runs
                }
            });
        }
        Path absolute = Path.of("/tmp", SECRET + ".pdf");
        if (Files.exists(absolute)) {
            stray.add(absolute);
        }
        return stray;
    }

    /** A DOCX-like archive whose one entry is 256 MB of zeros, a quarter of a megabyte compressed. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 256; i++) {
                zip.write(zeros);
            }
        }
        return bytes.toByteArray();
    }

    private static HttpResponse<String> multipart(String path, String fileName, byte[] content) throws Exception {
        String boundary = "lanterne-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName.replace("\"", "%22")
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return server.send(LanterneServer.authorized(HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
                researcher));
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        return LanterneServer.JSON.readTree(response.body());
    }
}
