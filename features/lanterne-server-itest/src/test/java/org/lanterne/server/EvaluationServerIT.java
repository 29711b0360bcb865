package org.lanterne.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The evaluation endpoints on a real server of its own, the feature installed at runtime, on the
 * demo cohort (the default data source): a programme lead's export as a zip with its manifest and
 * data, the refusals (400, 401, 403, 422), one audit event per export, and indicators with small
 * counts withheld.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationServerIT {

    private static final ObjectMapper JSON = LanterneServer.JSON;
    private static final String ADMIN_PASSWORD = "harbour-lantern-willow-52";
    private static final String LEAD_PASSWORD = "orchard-signal-cobalt-27";
    private static final String RESEARCHER_PASSWORD = "granite-fable-lumen-38";
    private static final String ORDER = "{\"programme\": \"community-treatment\", \"from\": \"2024-01-01\", \"to\": \"2025-12-31\", "
            + "\"variables\": \"assessments\", \"k\": 5}";

    @TempDir
    static Path home;

    static LanterneServer server;
    static String lead;
    static String researcher;
    static String administrator;

    @BeforeAll
    static void startServerWithTheEvaluationFeature() throws Exception {
        server = LanterneServer.onFreePorts(home);
        server.succeed("", "server", "start");
        server.succeed("", "server", "console", "feature:install", "lanterne-evaluation");
        server.addUser(ADMIN_PASSWORD, "first-admin", "administrator", ADMIN_PASSWORD);
        server.addUser(ADMIN_PASSWORD, "lina", "programme-lead", LEAD_PASSWORD);
        server.addUser(ADMIN_PASSWORD, "rami", "researcher", RESEARCHER_PASSWORD);
        lead = server.signIn("lina", LEAD_PASSWORD);
        researcher = server.signIn("rami", RESEARCHER_PASSWORD);
        administrator = server.signIn("first-admin", ADMIN_PASSWORD);
        LanterneServer.awaitStatus(200, 60, () -> server.get("/api/v1/indicators", lead));
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.run("server", "stop");
    }

    @Test
    @Order(1)
    void aProgrammeLeadGetsTheDeidentifiedDatasetAsAZipNamingThemInItsManifest() throws Exception {
        HttpResponse<byte[]> answer = server.postJsonForBytes("/api/v1/exports", ORDER, lead);

        assertEquals(200, answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8));
        assertEquals("application/zip", answer.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"community-treatment-assessments-2024-01-01-2025-12-31.zip\"",
                answer.headers().firstValue("Content-Disposition").orElseThrow());
        Map<String, byte[]> files = LanterneServer.unzip(answer.body());
        assertTrue(files.keySet().containsAll(List.of("manifest.json", "data.csv", "codebook.csv", "load.R", "load.sps", "load.do", "disclosure.json")),
                files.keySet().toString());
        JsonNode manifest = JSON.readTree(files.get("manifest.json"));
        assertEquals("lina", manifest.at("/request/requestedBy").asText());
        assertEquals(5, manifest.at("/request/k").asInt());
        assertEquals("community-treatment", manifest.at("/request/parameters/programme").asText());
        assertEquals("assessments", manifest.at("/request/parameters/variables").asText());
        String data = new String(files.get("data.csv"), StandardCharsets.UTF_8);
        List<String> lines = data.lines().toList();
        assertTrue(lines.get(0).startsWith("participant,arm,site,age_band,referral,instrument,occasion,assessed_on_day,total,band"), lines.get(0));
        assertEquals(manifest.get("rowsOut").asInt(), lines.size() - 1);
        assertTrue(manifest.get("rowsOut").asInt() >= 0.95 * manifest.get("rowsIn").asInt(), "at most 5 % of records are left out");
        assertFalse(data.contains("C000"), "cohort ids are replaced by identifiers of this export");
        assertFalse(data.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), "no calendar date leaves");
    }

    @Test
    @Order(2)
    void everyExportIsRecordedInTheAuditTrailOnce() throws Exception {
        int before = auditedEvents();
        int idle = auditedEvents() - before; // what verifying itself adds, if anything
        int start = auditedEvents();
        assertEquals(200, server.postJsonForBytes("/api/v1/exports", ORDER, lead).statusCode());
        assertEquals(1, auditedEvents() - start - idle, "one event for the export");
        start = auditedEvents();
        assertEquals(403, server.postJsonForBytes("/api/v1/exports", ORDER, researcher).statusCode());
        assertEquals(1, auditedEvents() - start - idle, "one event for the refusal");
    }

    @Test
    @Order(3)
    void withoutASessionTheAnswerIs401() throws Exception {
        assertEquals(401, server.postJson("/api/v1/exports", ORDER, null).statusCode());
        assertEquals(401, server.postJson("/api/v1/exports", ORDER, "not-a-token").statusCode());
        assertEquals(401, server.get("/api/v1/indicators/community-treatment", null).statusCode());
    }

    @Test
    @Order(4)
    void otherRolesThanProgrammeLeadAreRefusedTheExportWith403() throws Exception {
        assertEquals("Your roles do not allow this on evaluation data.", error(server.postJson("/api/v1/exports", ORDER, researcher), 403));
        assertEquals(403, server.postJson("/api/v1/exports", ORDER, administrator).statusCode());
    }

    @Test
    @Order(5)
    void ordersThatCannotBeReadAre400AndThoseThatCannotBeCarriedOutAre422() throws Exception {
        assertTrue(error(server.postJson("/api/v1/exports", "{\"programme\": ", lead), 400).startsWith("Send a JSON object"));
        assertTrue(error(server.postJson("/api/v1/exports", "{\"programme\": \"community-treatment\"}", lead), 400).contains("\"variables\""));
        assertEquals("Give the period's days as YYYY-MM-DD.",
                error(server.postJson("/api/v1/exports", ORDER.replace("2024-01-01", "1 January 2024"), lead), 400));
        assertEquals("k is from 2 to 100, not 1.", error(server.postJson("/api/v1/exports", ORDER.replace("\"k\": 5", "\"k\": 1"), lead), 422));
        assertEquals("The period needs a first day no later than its last day.",
                error(server.postJson("/api/v1/exports", ORDER.replace("2025-12-31", "2023-12-31"), lead), 422));
        assertTrue(error(server.postJson("/api/v1/exports", ORDER.replace("\"assessments\"", "\"notes\""), lead), 422).contains("participation"));
        assertEquals("There is no programme 'nowhere' in the evaluation data.",
                error(server.postJson("/api/v1/exports", ORDER.replace("community-treatment", "nowhere"), lead), 422));
        assertEquals("Nobody of programme community-treatment enrolled from 2030-01-01 to 2030-12-31.",
                error(server.postJson("/api/v1/exports", ORDER.replace("2024-01-01", "2030-01-01").replace("2025-12-31", "2030-12-31"), lead), 422));
        assertTrue(error(server.postJson("/api/v1/exports", ORDER.replace("community-treatment", "self-help-adults"), lead), 422)
                .contains("no assessments"));
    }

    @Test
    @Order(6)
    void indicatorsAreGivenToResearchersWithSmallCountsWithheld() throws Exception {
        JsonNode programmes = json(server.get("/api/v1/indicators", researcher), 200);
        assertEquals(List.of("community-treatment", "self-help-adults", "self-help-youth"),
                JSON.convertValue(programmes, JSON.getTypeFactory().constructCollectionType(List.class, String.class)));
        JsonNode report = json(server.get("/api/v1/indicators/community-treatment?subgroup=age-band", researcher), 200);
        assertEquals("demo", report.get("source").asText());
        assertEquals("AGE_BAND", report.get("subgroup").asText());
        String cells = report.at("/enrolmentsByMonth/cells").toString();
        assertTrue(cells.contains("\"<5\""), cells);
        assertFalse(cells.matches(".*\"[1-4]\".*"), "no count from 1 to 4 is shown");
        assertEquals(403, server.get("/api/v1/indicators/community-treatment", administrator).statusCode());
        assertTrue(error(server.get("/api/v1/indicators/community-treatment?subgroup=shoe-size", researcher), 400).contains("age-band"));
        assertEquals(404, server.get("/api/v1/indicators/nowhere", researcher).statusCode());
    }

    private static int auditedEvents() throws IOException, InterruptedException {
        LanterneServer.Result verify = server.run("audit", "verify");
        Matcher checked = Pattern.compile("intact: (\\d+) events").matcher(verify.output());
        assertTrue(checked.find(), verify.output());
        return Integer.parseInt(checked.group(1));
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static String error(HttpResponse<String> response, int status) throws IOException {
        return json(response, status).get("error").asText();
    }
}
