package org.lanterne.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The literature library over HTTP on a real server of its own (its own LANTERNE_HOME and
 * ports): the feature installed at runtime, corpus PDFs uploaded as multipart, French search,
 * reference lists in and out, corrections, refusals.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiteratureServerIT {

    private static final ObjectMapper JSON = LanterneServer.JSON;
    private static final String ADMIN_PASSWORD = "harbour-lantern-willow-52";
    private static final String RESEARCHER_PASSWORD = "library-orchid-basalt-38";
    private static final String SECOND_RESEARCHER_PASSWORD = "copper-estuary-lichen-17";
    private static final String CLINICIAN_PASSWORD = "quiet-meadow-granite-64";

    @TempDir
    static Path home;

    static LanterneServer server;
    static String researcher;
    static String secondResearcher;
    static String clinician;
    static final List<String> uploaded = new ArrayList<>();

    @BeforeAll
    static void startServerWithTheLiteratureFeatureAndThreeUsers() throws Exception {
        server = LanterneServer.onFreePorts(home);
        server.succeed("", "server", "start");
        server.succeed("", "server", "console", "feature:install", "lanterne-literature");
        server.addUser(ADMIN_PASSWORD, "first-admin", "administrator", ADMIN_PASSWORD);
        server.addUser(ADMIN_PASSWORD, "rania", "researcher", RESEARCHER_PASSWORD);
        server.addUser(ADMIN_PASSWORD, "karim", "researcher", SECOND_RESEARCHER_PASSWORD);
        server.addUser(ADMIN_PASSWORD, "amina", "clinician", CLINICIAN_PASSWORD);
        researcher = server.signIn("rania", RESEARCHER_PASSWORD);
        secondResearcher = server.signIn("karim", SECOND_RESEARCHER_PASSWORD);
        clinician = server.signIn("amina", CLINICIAN_PASSWORD);
        waitForLiterature();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.run("server", "stop");
    }

    @Test
    @Order(1)
    void withoutATokenEverythingIsRefusedAndAClinicianMayReadButNotUpload() throws Exception {
        assertEquals(401, server.send(HttpRequest.newBuilder(server.uri("/api/v1/literature/search?q=enfant")).GET()).statusCode());
        assertEquals(401, upload(null, "a.pdf", CorpusPdf.of("x", 2020, "x")).statusCode());

        assertEquals(200, get(clinician, "/api/v1/literature/search?q=enfant").statusCode());
        HttpResponse<String> refused = upload(clinician, "a.pdf", CorpusPdf.of("x", 2020, "x"));
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("Your roles do not allow you to create the literature library.", error(refused));
    }

    @Test
    @Order(2)
    void twoCorpusPdfsUploadedAsMultipartBecomeRecordsAndTheSameFileAgainIsADuplicate() throws Exception {
        for (String name : List.of("emc-portail-signalement-iwf-2021", "cese-avis-enfants-reseaux-sociaux-2024")) {
            byte[] pdf = CorpusPdf.fromCorpus(name);
            HttpResponse<String> created = upload(researcher, name + ".pdf", pdf);
            assertEquals(201, created.statusCode(), created.body());
            JsonNode record = JSON.readTree(created.body());
            assertEquals("pdf", record.get("documentType").asText());
            assertEquals("fr", record.get("language").asText());
            assertEquals(name + ".pdf", record.get("sourceFileName").asText());
            assertEquals("/api/v1/literature/documents/" + record.get("id").asText(), created.headers().firstValue("Location").orElse(""));
            uploaded.add(record.get("id").asText());
        }
        HttpResponse<String> again = upload(researcher, "copie.pdf", CorpusPdf.fromCorpus("emc-portail-signalement-iwf-2021"));
        assertEquals(409, again.statusCode(), again.body());
        assertEquals(uploaded.get(0), JSON.readTree(again.body()).get("duplicateOf").asText());
        assertTrue(error(again).startsWith("Already in the library: same content (identical file) as " + uploaded.get(0)), again.body());
    }

    @Test
    @Order(3)
    void anUnaccentedSingularWordFindsTheAccentedPluralFormsWithSnippetsAndFacets() throws Exception {
        HttpResponse<String> response = get(clinician, "/api/v1/literature/search?q=enfant%20AND%20securite&lang=fr&facet=year,type");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode result = JSON.readTree(response.body());

        assertEquals(2, result.get("total").asInt(), response.body());
        String snippets = result.get("hits").findValues("snippets").toString();
        assertTrue(snippets.contains("<mark>enfants</mark>"), snippets);
        assertTrue(snippets.contains("<mark>sécurité</mark>"), snippets);
        assertEquals("pdf", result.at("/facets/type/0/value").asText());
        assertEquals(2, result.at("/facets/type/0/count").asInt());
        assertEquals(2, result.get("facets").get("year").size(), response.body());

        HttpResponse<String> bad = get(clinician, "/api/v1/literature/search?q=" + URLEncoder.encode("enfant AND (abus", StandardCharsets.UTF_8));
        assertEquals(400, bad.statusCode());
        assertEquals(16, JSON.readTree(bad.body()).get("position").asInt(), bad.body());
    }

    @Test
    @Order(4)
    void aReferenceListIsImportedWithAReportAndAMalformedOneNamesItsLine() throws Exception {
        String ris = "TY  - JOUR\r\nTI  - Le harcèlement en ligne des adolescents\r\nAU  - Benali, Karim\r\nPY  - 2023\r\n"
                + "AB  - Une enquête sur la cyberviolence dans les collèges.\r\nER  - \r\n"
                + "TY  - RPRT\r\nAU  - Sans titre\r\nER  - \r\n";
        HttpResponse<String> report = server.send(authorized(researcher, "/api/v1/literature/references?format=ris&name=liste.ris")
                .header("Content-Type", "application/x-research-info-systems").POST(HttpRequest.BodyPublishers.ofString(ris)));
        assertEquals(200, report.statusCode(), report.body());
        JsonNode body = JSON.readTree(report.body());
        assertEquals(1, body.get("imported").asInt());
        assertEquals(1, body.get("rejected").asInt());
        assertEquals("liste.ris, line 7", body.at("/references/1/at").asText());
        uploaded.add(body.at("/references/0/recordId").asText());

        JsonNode found = JSON.readTree(get(clinician, "/api/v1/literature/search?q=cyberviolence%20AND%20author:benali").body());
        assertEquals(1, found.get("total").asInt());
        assertEquals("reference", found.at("/hits/0/record/documentType").asText());

        HttpResponse<String> broken = upload(researcher, "/api/v1/literature/references", "liste.bib",
                "@article{a, title={Un}}\n@article{b,\n title = {Deux\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, broken.statusCode(), broken.body());
        assertTrue(error(broken).matches("The list cannot be read as BIBTEX: line \\d+: not valid BibTeX.*"), broken.body());
    }

    @Test
    @Order(5)
    void selectedRecordsAreExportedAsRisBibtexAndCslJsonWithTypeAndFileName() throws Exception {
        String ids = String.join(",", uploaded);
        for (Map.Entry<String, String> format : Map.of("ris", "application/x-research-info-systems", "bibtex", "application/x-bibtex",
                "csl-json", "application/vnd.citationstyles.csl+json").entrySet()) {
            HttpResponse<String> export = get(clinician, "/api/v1/literature/export?format=" + format.getKey() + "&ids=" + ids);
            assertEquals(200, export.statusCode(), export.body());
            assertEquals(format.getValue() + ";charset=utf-8",
                    export.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", ""));
            assertTrue(export.headers().firstValue("Content-Disposition").orElse("").matches("attachment; filename=\"lanterne-references\\.(ris|bib|json)\""));
            assertTrue(export.body().contains("Benali"), export.body());
        }
        JsonNode csl = JSON.readTree(get(clinician, "/api/v1/literature/export?format=csl-json&ids=" + ids).body());
        assertEquals(3, csl.size());
        assertEquals("Benali", csl.at("/2/author/0/family").asText());
        assertTrue(get(clinician, "/api/v1/literature/export?format=bibtex&ids=" + ids).body().contains("harc{\\`e}lement"));
        assertEquals(404, get(clinician, "/api/v1/literature/export?format=ris&ids=lit-000000000000000000000000").statusCode());
    }

    @Test
    @Order(6)
    void aResearcherCorrectsMetadataAndAClinicianMayNot() throws Exception {
        String path = "/api/v1/literature/documents/" + uploaded.get(0);
        String patch = "{\"title\": \"Portail marocain de signalement\", \"tags\": [\"signalement\"], \"country\": \"Maroc\"}";
        HttpResponse<String> corrected = server.send(authorized(researcher, path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(patch)));
        assertEquals(200, corrected.statusCode(), corrected.body());
        JsonNode record = JSON.readTree(get(clinician, path).body());
        assertEquals("Portail marocain de signalement", record.get("title").asText());
        assertEquals("Maroc", record.get("country").asText());
        assertEquals(2021, record.get("year").asInt());

        assertEquals(403, server.send(authorized(clinician, path).method("PATCH", HttpRequest.BodyPublishers.ofString(patch))).statusCode());
        HttpResponse<String> invalid = server.send(authorized(researcher, path).method("PUT", HttpRequest.BodyPublishers.ofString("{\"year\": 2021}")));
        assertEquals(400, invalid.statusCode());
        assertEquals("A record needs a title.", error(invalid));
    }

    @Test
    @Order(7)
    void aCorruptOrEmptyFileIsRefusedWith422AndItsReason() throws Exception {
        byte[] pdf = CorpusPdf.fromCorpus("cmrpi-campagne-cyberviolence-2025");
        byte[] garbage = new byte[4096];
        System.arraycopy(pdf, 0, garbage, 0, 9);
        java.util.Arrays.fill(garbage, 9, garbage.length, (byte) 0x7f);

        HttpResponse<String> corrupt = upload(researcher, "corrompu.pdf", garbage);
        assertEquals(422, corrupt.statusCode(), corrupt.body());
        assertTrue(error(corrupt).startsWith("The file cannot be imported: "), corrupt.body());

        HttpResponse<String> empty = upload(researcher, "vide.pdf", new byte[0]);
        assertEquals(422, empty.statusCode(), empty.body());
        assertEquals("The file cannot be imported: empty file (0 bytes).", error(empty));
    }

    @Test
    @Order(8)
    void aBodyAnnouncedLargerThanTheLimitIsRefusedWith413BeforeItIsRead() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/literature/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + researcher
                    + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: " + (60L << 20)
                    + "\r\nConnection: close\r\n\r\n--x\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readNBytes(4096), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("A document is sent in at most 50 MB"), answer);
        }
    }

    @Test
    @Order(9)
    void theIndexIsRebuiltFromStoredTextAndStillFindsEverything() throws Exception {
        assertEquals(403, server.send(authorized(clinician, "/api/v1/literature/index/rebuild").POST(HttpRequest.BodyPublishers.noBody())).statusCode());
        HttpResponse<String> rebuild = server.send(authorized(researcher, "/api/v1/literature/index/rebuild").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(202, rebuild.statusCode(), rebuild.body());

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        int total;
        do {
            Thread.sleep(200);
            total = JSON.readTree(get(clinician, "/api/v1/literature/search?q=").body()).get("total").asInt();
        } while (total < 3 && System.nanoTime() < deadline);
        assertEquals(3, total);
        assertEquals(1, JSON.readTree(get(clinician, "/api/v1/literature/search?q=pays:maroc").body()).get("total").asInt(),
                "corrections survive the rebuild");
    }

    @Test
    @Order(10)
    void twoResearchersScreenATaggedReviewAndSeeTheirConflictAndThePrismaCounts() throws Exception {
        String documents = "/api/v1/literature/documents/";
        for (String id : uploaded) {
            HttpResponse<String> tagged = server.send(authorized(researcher, documents + id + "/tags/revue-ecoles")
                    .PUT(HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, tagged.statusCode(), tagged.body());
        }
        assertEquals(3, JSON.readTree(get(clinician, "/api/v1/literature/search?q=tag:revue-ecoles").body()).get("total").asInt());

        assertEquals(200, decide(researcher, uploaded.get(0), "{\"decision\": \"include\"}").statusCode());
        assertEquals(200, decide(secondResearcher, uploaded.get(0), "{\"decision\": \"include\"}").statusCode());
        HttpResponse<String> excluded = decide(researcher, uploaded.get(1), "{\"decision\": \"exclude\", \"reason\": \"wrong population\"}");
        assertEquals(200, excluded.statusCode(), excluded.body());
        assertEquals("rania", JSON.readTree(excluded.body()).get("reviewer").asText(), "the reviewer is the session's user");
        assertEquals(200, decide(secondResearcher, uploaded.get(1), "{\"decision\": \"include\"}").statusCode());
        assertEquals(422, decide(secondResearcher, uploaded.get(2), "{\"decision\": \"exclude\"}").statusCode(), "no reason");
        assertEquals(403, decide(clinician, uploaded.get(2), "{\"decision\": \"include\"}").statusCode());

        HttpResponse<String> note = server.send(authorized(secondResearcher, documents + uploaded.get(1) + "/notes")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Des adolescents de 12 à 17 ans.\"}")));
        assertEquals(201, note.statusCode(), note.body());
        JsonNode notes = JSON.readTree(get(clinician, documents + uploaded.get(1) + "/notes").body()).get("notes");
        assertEquals("karim", notes.at("/0/author").asText());
        assertEquals("Des adolescents de 12 à 17 ans.", notes.at("/0/text").asText());

        JsonNode conflicts = JSON.readTree(get(clinician, "/api/v1/literature/screening/conflicts?tag=revue-ecoles").body()).get("conflicts");
        assertEquals(1, conflicts.size(), conflicts.toString());
        assertEquals(uploaded.get(1), conflicts.at("/0/recordId").asText());
        assertEquals("karim:include rania:exclude", conflicts.at("/0/decisions/0/reviewer").asText() + ":" + conflicts.at("/0/decisions/0/decision").asText()
                + " " + conflicts.at("/0/decisions/1/reviewer").asText() + ":" + conflicts.at("/0/decisions/1/decision").asText());

        HttpResponse<String> prisma = get(clinician, "/api/v1/literature/screening/prisma?tag=revue-ecoles");
        assertEquals(200, prisma.statusCode(), prisma.body());
        JsonNode counts = JSON.readTree(prisma.body());
        assertEquals(List.of(3, 2, 1, 0, 1, 1), List.of(counts.get("identified").asInt(), counts.get("screened").asInt(),
                counts.get("included").asInt(), counts.get("excluded").asInt(), counts.get("inConflict").asInt(),
                counts.get("undecided").asInt()), prisma.body());
    }

    @Test
    @Order(11)
    void aRecordsWholeTextIsMarkedAndTwoRecordsOfOneWorkAreMergedWithTheirScreening() throws Exception {
        String documents = "/api/v1/literature/documents/";
        HttpResponse<String> plain = get(clinician, documents + uploaded.get(0) + "/text");
        assertEquals(200, plain.statusCode());
        assertTrue(plain.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        HttpResponse<String> marked = get(clinician, documents + uploaded.get(0) + "/text?q=enfant");
        assertEquals(200, marked.statusCode());
        assertTrue(marked.body().contains("<mark>enfants</mark>"), "every hit of the whole text is marked");
        assertEquals(400, get(clinician, documents + uploaded.get(0) + "/text?q=enfant%20AND%20(").statusCode());

        // the same DOI given to two records: they are offered for merge
        for (String id : uploaded.subList(0, 2)) {
            HttpResponse<String> corrected = server.send(authorized(researcher, documents + id).header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"doi\": \"10.5555/lanterne.merge\"}")));
            assertEquals(200, corrected.statusCode(), corrected.body());
        }
        JsonNode duplicates = JSON.readTree(get(clinician, "/api/v1/literature/duplicates").body()).get("duplicates");
        assertEquals(1, duplicates.size(), duplicates.toString());
        assertEquals("same DOI 10.5555/lanterne.merge", duplicates.at("/0/reason").asText());

        String merge = documents + uploaded.get(0) + "/merge";
        String body = "{\"duplicate\": \"" + uploaded.get(1) + "\"}";
        assertEquals(403, server.send(authorized(clinician, merge).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))).statusCode());
        HttpResponse<String> merged = server.send(authorized(researcher, merge).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, merged.statusCode(), merged.body());
        JsonNode result = JSON.readTree(merged.body());
        assertEquals(uploaded.get(0), result.at("/record/id").asText());
        assertEquals(List.of(uploaded.get(0), uploaded.get(1)), List.of(result.at("/provenance/0/recordId").asText(),
                result.at("/provenance/1/recordId").asText()));
        assertEquals(404, get(clinician, documents + uploaded.get(1)).statusCode());
        assertEquals(0, JSON.readTree(get(clinician, "/api/v1/literature/duplicates").body()).get("duplicates").size());

        // the merged record's note and decisions moved: the reviewers' latest decisions now disagree on the kept one
        assertEquals("Des adolescents de 12 à 17 ans.", JSON.readTree(get(clinician, documents + uploaded.get(0) + "/notes").body())
                .at("/notes/0/text").asText());
        JsonNode conflicts = JSON.readTree(get(clinician, "/api/v1/literature/screening/conflicts?tag=revue-ecoles").body()).get("conflicts");
        assertEquals(uploaded.get(0), conflicts.at("/0/recordId").asText(), conflicts.toString());
        assertEquals(404, server.send(authorized(researcher, merge).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))).statusCode(), "merged already");
    }

    // ---- helpers ----

    private static HttpResponse<String> upload(String token, String fileName, byte[] content) throws Exception {
        return upload(token, "/api/v1/literature/documents", fileName, content);
    }

    private static HttpResponse<String> upload(String token, String path, String fileName, byte[] content) throws Exception {
        return server.postFile(path, fileName, content, token);
    }

    private static HttpRequest.Builder authorized(String token, String path) {
        return HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> get(String token, String path) throws Exception {
        return server.send(authorized(token, path).GET());
    }

    private static HttpResponse<String> decide(String token, String id, String body) throws Exception {
        return server.send(authorized(token, "/api/v1/literature/documents/" + id + "/decision").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String error(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body()).get("error").asText();
    }

    /** The feature's servlet registers shortly after feature:install returns. */
    private static void waitForLiterature() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (get(researcher, "/api/v1/literature/search?q=").statusCode() == 404 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        HttpResponse<String> ready = get(researcher, "/api/v1/literature/search?q=");
        assertEquals(200, ready.statusCode(), ready.body());
        assertFalse(JSON.readTree(ready.body()).get("hits").size() > 0, "a new installation's library is empty");
    }
}
