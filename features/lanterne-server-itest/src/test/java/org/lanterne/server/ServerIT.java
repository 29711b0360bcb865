package org.lanterne.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
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
 * Boots the assembled server with {@code ./lanterne server start}, as an operator would, and uses
 * its HTTP API and its console. The steps share one server because booting it is the slow part;
 * each step leaves the server as it found it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerIT {

    private static final ObjectMapper JSON = LanterneServer.JSON;

    @TempDir
    static Path home;

    static LanterneServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = LanterneServer.onFreePorts(home);
        long started = System.nanoTime();
        LanterneServer.Result start = lanterne("server", "start");
        assertEquals(0, start.exitCode(), start.output());
        System.out.printf("Server healthy %d ms after ./lanterne server start%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    @AfterAll
    static void stopServer() throws Exception {
        lanterne("server", "stop");
    }

    @Test
    @Order(1)
    void healthAnswersUpWithVersionAndInstalledFeatures() throws Exception {
        HttpResponse<String> response = get("/api/v1/health");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json;charset=utf-8", response.headers().firstValue("Content-Type").orElse("").toLowerCase().replace(" ", ""));
        JsonNode health = JSON.readTree(response.body());
        assertEquals("UP", health.get("status").asText());
        assertTrue(health.get("version").asText().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), response.body());
        assertEquals(List.of("lanterne-about", "lanterne-core"), strings(health.get("features")));
        assertEquals("UP", health.at("/checks/database/status").asText());
    }

    @Test
    @Order(2)
    void dataStaysUnderLanterneHomeWithAnOwnerOnlyKey() throws Exception {
        Path server = home.resolve("server");
        assertTrue(Files.isDirectory(server.resolve("database/seg0")), "the database lives under LANTERNE_HOME");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(server.resolve("keys/database.key"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(server.resolve("console.secret"))));
        String users = Files.readString(server.resolve("etc/users.properties"));
        assertTrue(users.contains("{CRYPT}"), "console passwords are stored hashed");
        assertTrue(users.lines().noneMatch(l -> l.startsWith("karaf")), "no default account");
    }

    @Test
    @Order(3)
    void aCapabilityFeatureUninstalledAtRuntimeTakesItsEndpointAwayAndReinstallingBringsItBack() throws Exception {
        HttpResponse<String> about = get("/api/v1/about");
        assertEquals(200, about.statusCode());
        assertTrue(strings(JSON.readTree(about.body()).get("components").findValues("name")).contains("Apache Derby"), about.body());

        LanterneServer.Result uninstall = lanterne("server", "console", "feature:uninstall", "lanterne-about");
        assertEquals(0, uninstall.exitCode(), uninstall.output());
        assertEquals(404, get("/api/v1/about").statusCode());
        assertEquals(List.of("lanterne-core"), strings(JSON.readTree(get("/api/v1/health").body()).get("features")));

        LanterneServer.Result install = lanterne("server", "console", "feature:install", "lanterne-about");
        assertEquals(0, install.exitCode(), install.output());
        assertEquals(200, get("/api/v1/about").statusCode());
        assertEquals(List.of("lanterne-about", "lanterne-core"), strings(JSON.readTree(get("/api/v1/health").body()).get("features")));
    }

    /** After the accounts of step 13: the instruments are for signed-in staff. */
    @Test
    @Order(16)
    void theInstrumentsFeatureInstalledAtRuntimeListsAndScoresInstruments() throws Exception {
        assertEquals(404, get("/api/v1/instruments").statusCode());
        LanterneServer.Result install = lanterne("server", "console", "feature:install", "lanterne-instruments");
        assertEquals(0, install.exitCode(), install.output());
        try {
            String clinician = clinician();
            awaitStatus(200, () -> server.get("/api/v1/instruments", clinician));
            assertEquals(401, get("/api/v1/instruments").statusCode(), "no list without a session");
            assertEquals(401, post("/api/v1/instruments/cport/score", "{\"answers\":{}}").statusCode(), "no scoring without a session");
            HttpResponse<String> list = server.get("/api/v1/instruments", clinician);
            assertEquals(200, list.statusCode(), list.body());
            assertTrue(strings(JSON.readTree(list.body()).findValues("id")).containsAll(List.of("static-99r", "cport")), list.body());

            String yes = "{\"answers\":{\"youngAtInvestigation\":true,\"priorCriminalHistory\":true,\"conditionalReleaseFailure\":false,"
                    + "\"contactSexualOffending\":true,\"pedohebephilicInterests\":false,\"moreBoysInCsem\":false,\"moreBoysInOtherMaterial\":false}}";
            HttpResponse<String> scored = post("/api/v1/instruments/cport/score", yes, clinician);
            assertEquals(200, scored.statusCode(), scored.body());
            assertEquals(3, JSON.readTree(scored.body()).get("total").asInt());

            HttpResponse<String> invalid = post("/api/v1/instruments/cport/score", "{\"answers\":{\"youngAtInvestigation\":\"perhaps\"}}", clinician);
            assertEquals(422, invalid.statusCode(), invalid.body());
            assertFalse(JSON.readTree(invalid.body()).get("errors").isEmpty(), invalid.body());
            assertFalse(invalid.body().contains("perhaps"), "answers are not echoed in errors");

            assertEquals(404, post("/api/v1/instruments/no-such/score", yes, clinician).statusCode());
            assertEquals(400, post("/api/v1/instruments/cport/score", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", clinician).statusCode());
        } finally {
            lanterne("server", "console", "feature:uninstall", "lanterne-instruments");
        }
        assertEquals(404, get("/api/v1/instruments").statusCode());
    }

    @Test
    @Order(5)
    void theConsoleReportsAnUnknownFeatureAsAFailure() throws Exception {
        LanterneServer.Result install = lanterne("server", "console", "feature:install", "lanterne-nothing");

        assertNotEquals(0, install.exitCode());
        assertTrue(install.output().contains("No matching features for lanterne-nothing"), install.output());
    }

    @Test
    @Order(6)
    void auditVerifyReportsAnIntactTrail() throws Exception {
        LanterneServer.Result verify = lanterne("audit", "verify");

        assertEquals(0, verify.exitCode(), verify.output());
        assertTrue(verify.output().matches("(?s).*The audit trail is intact: \\d+ events checked\\..*"), verify.output());
    }

    @Test
    @Order(7)
    void accountsAreAdministeredFromTheCommandLineWithPasswordsFromStandardInput() throws Exception {
        String adminPassword = "river-lantern-copper-71";
        LanterneServer.Result bootstrap = lanterneWithInput(adminPassword + "\n", "user", "add", "first-admin", "--role", "administrator");
        assertEquals(0, bootstrap.exitCode(), bootstrap.output());
        assertTrue(bootstrap.output().contains("Created first-admin [administrator] enabled"), bootstrap.output());

        LanterneServer.Result add = lanterneWithInput(adminPassword + "\nmeadow-violet-anchor-93\n",
                "user", "add", "amina", "--role", "clinician", "--role", "supervisor", "--as", "first-admin");
        assertEquals(0, add.exitCode(), add.output());

        LanterneServer.Result wrong = lanterneWithInput("not-the-password-000\n", "user", "list", "--as", "first-admin");
        assertNotEquals(0, wrong.exitCode());
        assertTrue(wrong.output().contains("Wrong name or password."), wrong.output());

        LanterneServer.Result disable = lanterneWithInput(adminPassword + "\n", "user", "disable", "amina", "--as", "first-admin");
        assertEquals(0, disable.exitCode(), disable.output());
        LanterneServer.Result list = lanterneWithInput(adminPassword + "\n", "user", "list", "--as", "first-admin");
        assertEquals(0, list.exitCode(), list.output());
        assertTrue(list.output().contains("amina [clinician,supervisor] disabled"), list.output());
        assertTrue(list.output().contains("first-admin [administrator] enabled"), list.output());

        assertFalse(list.output().contains(adminPassword) || add.output().contains("meadow-violet"), "no password is echoed");
        try (var left = Files.list(home.resolve("server"))) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("secrets.")), "the secrets files are gone");
        }

        // bootstrap, sign-ins and sign-outs, the account changes and the refused sign-in are all in the trail
        LanterneServer.Result verify = lanterne("audit", "verify");
        java.util.regex.Matcher checked = java.util.regex.Pattern.compile("intact: (\\d+) events").matcher(verify.output());
        assertTrue(checked.find(), verify.output());
        assertTrue(Integer.parseInt(checked.group(1)) >= 10, verify.output());
    }

    @Test
    @Order(8)
    void aSessionTokenIsGivenForTheRightPasswordOnlyAndEndsOnSignOut() throws Exception {
        HttpResponse<String> refused = post("/api/v1/sessions", "{\"name\":\"first-admin\",\"password\":\"wrong-password-123\"}");
        assertEquals(401, refused.statusCode());
        assertEquals("Wrong name or password.", JSON.readTree(refused.body()).get("error").asText());

        HttpResponse<String> signedIn = post("/api/v1/sessions", "{\"name\":\"first-admin\",\"password\":\"river-lantern-copper-71\"}");
        assertEquals(201, signedIn.statusCode(), signedIn.body());
        String token = JSON.readTree(signedIn.body()).get("token").asText();
        assertTrue(token.length() >= 40, "a token carries at least 256 bits");

        HttpResponse<String> current = send(HttpRequest.newBuilder(uri("/api/v1/sessions/current")).header("Authorization", "Bearer " + token).GET());
        assertEquals(200, current.statusCode(), current.body());
        assertEquals("first-admin", JSON.readTree(current.body()).get("user").asText());
        assertFalse(current.body().contains(token), "the token is answered once, at sign-in");

        assertEquals(204, send(HttpRequest.newBuilder(uri("/api/v1/sessions/current")).header("Authorization", "Bearer " + token).DELETE()).statusCode());
        assertEquals(401, send(HttpRequest.newBuilder(uri("/api/v1/sessions/current")).header("Authorization", "Bearer " + token).GET()).statusCode());
        assertEquals(401, send(HttpRequest.newBuilder(uri("/api/v1/sessions/current")).GET()).statusCode());
        assertEquals(400, post("/api/v1/sessions", "{\"name\":").statusCode());
        assertEquals(413, post("/api/v1/sessions", "{\"name\":\"" + "x".repeat(10_000) + "\"}").statusCode());
    }

    @Test
    @Order(9)
    void anOnlineBackupRestoresTheAccountsAsTheyWereAndKeepsWhatItReplaces() throws Exception {
        String adminPassword = "river-lantern-copper-71";
        Path backup = home.resolve("backups/monday");
        LanterneServer.Result backedUp = lanterne("backup", backup.toString());
        assertEquals(0, backedUp.exitCode(), backedUp.output());
        assertTrue(Files.isDirectory(backup.resolve("database/seg0")), backedUp.output());
        assertFalse(Files.exists(backup.resolve("keys")), "keys stay out of backups");

        LanterneServer.Result late = lanterneWithInput(adminPassword + "\nafter-the-backup-pass-55\n", "user", "add", "late-comer", "--role", "researcher",
                "--as", "first-admin");
        assertEquals(0, late.exitCode(), late.output());
        assertEquals(0, lanterne("server", "stop").exitCode());

        LanterneServer.Result restored = lanterne("restore", backup.toString());
        assertEquals(0, restored.exitCode(), restored.output());
        assertTrue(restored.output().contains("database.before-restore-"), restored.output());
        assertEquals(0, lanterne("server", "start").exitCode());

        LanterneServer.Result list = lanterneWithInput(adminPassword + "\n", "user", "list", "--as", "first-admin");
        assertTrue(list.output().contains("amina [clinician,supervisor] disabled"), list.output());
        assertFalse(list.output().contains("late-comer"), "what came after the backup is not in it: " + list.output());
        LanterneServer.Result verify = lanterne("audit", "verify");
        assertEquals(0, verify.exitCode(), verify.output());
    }

    @Test
    @Order(10)
    void aBackupRestoredIntoAFreshDataDirectoryWithTheKeysHoldsEveryAccount() throws Exception {
        Path freshHome = home.resolve("fresh-machine");
        LanterneServer fresh = LanterneServer.onFreePorts(freshHome);
        LanterneServer.Result withoutKeys = fresh.run("restore", home.resolve("backups/monday").toString());
        assertNotEquals(0, withoutKeys.exitCode());
        assertTrue(withoutKeys.output().contains("copy the installation's keys folder there first"), withoutKeys.output());

        Path keys = Files.createDirectories(freshHome.resolve("server/keys"));
        try (var files = Files.list(home.resolve("server/keys"))) {
            for (Path key : files.toList()) {
                Files.copy(key, keys.resolve(key.getFileName()), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        assertEquals(0, fresh.run("restore", home.resolve("backups/monday").toString()).exitCode());
        try {
            assertEquals(0, fresh.run("server", "start").exitCode());
            LanterneServer.Result list = fresh.runWithInput("river-lantern-copper-71\n", "user", "list", "--as", "first-admin");
            assertTrue(list.output().contains("first-admin [administrator] enabled"), list.output());
            assertTrue(list.output().contains("amina [clinician,supervisor] disabled"), list.output());
            assertEquals(0, fresh.run("audit", "verify").exitCode());
        } finally {
            fresh.run("server", "stop");
        }
    }

    @Test
    @Order(11)
    void theConsoleRefusesToRestoreUnderARunningServer() throws Exception {
        LanterneServer.Result refused = lanterne("restore", home.resolve("backups/monday").toString());

        assertNotEquals(0, refused.exitCode());
        assertTrue(refused.output().contains("stop the server first"), refused.output());
    }

    @Test
    @Order(12)
    void statusSaysRunningAndStopEndsTheServer() throws Exception {
        LanterneServer.Result running = lanterne("server", "status");
        assertEquals(0, running.exitCode(), running.output());
        assertTrue(running.output().contains("\"status\":\"UP\""), running.output());

        LanterneServer.Result stop = lanterne("server", "stop");
        assertEquals(0, stop.exitCode(), stop.output());

        LanterneServer.Result stopped = lanterne("server", "status");
        assertEquals(3, stopped.exitCode(), stopped.output());
        assertTrue(refused(), "nothing listens on the port after stop");

        LanterneServer.Result restart = lanterne("server", "start");
        assertEquals(0, restart.exitCode(), restart.output());
    }

    @Test
    @Order(13)
    void aClinicianRecordsAndFindsAnAssessmentOverHttpWhileOthersAreTurnedAway() throws Exception {
        String adminPassword = "river-lantern-copper-71";
        assertEquals(0, lanterneWithInput(adminPassword + "\nquarry-lichen-harbour-26\n", "user", "add", "karim", "--role", "clinician",
                "--as", "first-admin").exitCode());
        assertEquals(0, lanterneWithInput(adminPassword + "\nsextant-willow-ember-84\n", "user", "add", "rania", "--role", "researcher",
                "--as", "first-admin").exitCode());
        LanterneServer.Result install = lanterne("server", "console", "feature:install", "lanterne-instruments");
        assertEquals(0, install.exitCode(), install.output());
        try {
            // a well-formed participant code (its check character is right); codes travel in bodies only
            String code = "87PZ-GXMZ-6M4M-F0XYK";
            String answers = "{\"ageAtRelease\":30,\"livedWithPartner\":\"no\",\"indexNonSexualViolence\":false,"
                    + "\"priorNonSexualViolence\":false,\"priorSexOffences\":\"none\",\"priorSentencingDates\":0,"
                    + "\"nonContactSexOffences\":false,\"unrelatedVictims\":true,\"strangerVictims\":true,\"maleVictims\":false}";
            String assessment = "{\"participant\":\"" + code + "\",\"instrument\":\"static-99r\",\"assessedOn\":\""
                    + java.time.LocalDate.now().minusDays(7) + "\",\"answers\":" + answers + "}";
            awaitStatus(401, () -> post("/api/v1/assessments", assessment));
            String clinician = signIn("karim", "quarry-lichen-harbour-26");

            HttpResponse<String> recorded = post("/api/v1/assessments", assessment, clinician);
            assertEquals(201, recorded.statusCode(), recorded.body());
            JsonNode stored = JSON.readTree(recorded.body());
            assertEquals("karim", stored.get("rater").asText());
            assertEquals("2016", stored.get("version").asText());
            assertEquals(4, stored.at("/result/total").asInt());
            assertEquals("IVa", stored.at("/result/band").asText());
            String id = stored.get("id").asText();

            String search = "{\"participant\":\"" + code.replace("-", "").toLowerCase() + "\",\"instrument\":\"static-99r\"}";
            HttpResponse<String> history = post("/api/v1/assessments/search", search, clinician);
            assertEquals(200, history.statusCode(), history.body());
            assertEquals(List.of(id), strings(JSON.readTree(history.body()).findValues("id")));
            assertFalse(JSON.readTree(history.body()).get(0).get("bandChanged").asBoolean());
            HttpResponse<String> recomputed = send(HttpRequest.newBuilder(uri("/api/v1/assessments/" + id + "/recompute"))
                    .header("Authorization", "Bearer " + clinician).GET());
            assertEquals(200, recomputed.statusCode(), recomputed.body());
            assertEquals(4, JSON.readTree(recomputed.body()).get("total").asInt());

            HttpResponse<String> invalid = post("/api/v1/assessments", assessment.replace("\"ageAtRelease\":30", "\"ageAtRelease\":\"perhaps\""), clinician);
            assertEquals(422, invalid.statusCode(), invalid.body());
            assertFalse(invalid.body().contains("perhaps"), "answers are not echoed in errors");
            HttpResponse<String> mistyped = post("/api/v1/assessments", assessment.replace(code, "87PZ-GXMZ-6M4M-F0XYZ"), clinician);
            assertEquals(400, mistyped.statusCode(), mistyped.body());
            assertFalse(mistyped.body().contains("87PZ"), "codes are not echoed in errors");
            assertEquals(400, post("/api/v1/assessments", assessment.replace(java.time.LocalDate.now().minusDays(7).toString(),
                    java.time.LocalDate.now().plusDays(7).toString()), clinician).statusCode());
            assertEquals(405, send(HttpRequest.newBuilder(uri("/api/v1/assessments")).header("Authorization", "Bearer " + clinician).GET()).statusCode());

            assertEquals(401, post("/api/v1/assessments/search", search).statusCode());
            assertEquals(401, post("/api/v1/assessments/search", search, "not-a-token").statusCode());
            String researcher = signIn("rania", "sextant-willow-ember-84");
            assertEquals(403, post("/api/v1/assessments", assessment, researcher).statusCode());
            assertEquals(403, post("/api/v1/assessments/search", search, researcher).statusCode());
        } finally {
            lanterne("server", "console", "feature:uninstall", "lanterne-instruments");
        }
    }

    @Test
    @Order(14)
    void aDefinitionDroppedIntoTheServersInstrumentsFolderIsListedAndWithdrawnWithItsFile() throws Exception {
        LanterneServer.Result install = lanterne("server", "console", "feature:install", "lanterne-instruments");
        assertEquals(0, install.exitCode(), install.output());
        Path folder = Files.createDirectories(home.resolve("server/instruments"));
        Path file = folder.resolve("cport-dropped.json");
        try {
            String clinician = clinician();
            awaitStatus(200, () -> server.get("/api/v1/instruments", clinician));
            String cport = Files.readString(LanterneServer.PROJECT.resolve("bundles/org.lanterne.instruments.provider/src/main/resources/definitions/cport.json"));
            // written under a name the catalog ignores, then renamed: it appears at once and whole
            Path part = folder.resolve(".cport-dropped.json.part");
            Files.writeString(part, cport.replace("\"id\": \"cport\"", "\"id\": \"cport-dropped\""));
            Files.move(part, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            awaitInstruments(clinician, "the dropped definition is listed", ids -> ids.contains("cport-dropped"));

            Files.delete(file);
            awaitInstruments(clinician, "the deleted definition is withdrawn", ids -> !ids.contains("cport-dropped") && ids.contains("cport"));
        } finally {
            Files.deleteIfExists(file);
            lanterne("server", "console", "feature:uninstall", "lanterne-instruments");
        }
    }

    /**
     * Hostile and broken bodies for the scoring endpoint, mutated from a valid one with a fixed
     * seed: every answer is a clear 200, 400, 413 or 422 in JSON, never a server error, and no
     * answer repeats an answer that was sent (a marker planted as an answer never comes back; error
     * messages may name an item, never its value).
     */
    @Test
    @Order(15)
    void theScoringEndpointAnswersEveryMutatedBodyClearlyAndNeverEchoesIt() throws Exception {
        lanterne("server", "console", "feature:install", "lanterne-instruments");
        try {
            String clinician = clinician();
            awaitStatus(200, () -> server.get("/api/v1/instruments/static-99r", clinician));
            String marker = "zq7MARKERxv";
            String valid = "{\"answers\":{\"ageAtRelease\":33.5,\"livedWithPartner\":\"no\",\"indexNonSexualViolence\":true,"
                    + "\"priorNonSexualViolence\":false,\"priorSexOffences\":\"none\",\"priorSentencingDates\":2,"
                    + "\"nonContactSexOffences\":false,\"unrelatedVictims\":true,\"strangerVictims\":false,\"maleVictims\":\"" + marker + "\"}}";
            java.util.Random random = new java.util.Random(20261123);
            String[] insertions = { "{", "}", "[", "]", "\"", ":", ",", "null", "1e999", "-0", "\\u0000", "\uFFFF", "\u0645", "true",
                    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[" };
            java.util.Set<Integer> statuses = new java.util.TreeSet<>();
            for (int round = 0; round < 300; round++) {
                StringBuilder body = new StringBuilder(valid);
                for (int edit = 0, edits = 1 + random.nextInt(4); edit < edits; edit++) {
                    int at = random.nextInt(body.length() + 1);
                    switch (random.nextInt(3)) {
                        case 0 -> body.insert(at, insertions[random.nextInt(insertions.length)]);
                        case 1 -> body.delete(at, Math.min(body.length(), at + 1 + random.nextInt(12)));
                        default -> body.setLength(Math.min(body.length(), at));
                    }
                }
                HttpResponse<String> answer = post("/api/v1/instruments/static-99r/score", body.toString(), clinician);
                statuses.add(answer.statusCode());
                assertTrue(java.util.Set.of(200, 400, 413, 422).contains(answer.statusCode()), answer.statusCode() + " for " + body);
                assertTrue(JSON.readTree(answer.body()).isObject(), answer.body());
                assertFalse(answer.body().contains(marker), "the answer repeats a value that was sent: " + answer.body());
            }
            assertTrue(statuses.containsAll(List.of(400, 422)), "the mutations reached both the parser and the scoring: " + statuses);
        } finally {
            lanterne("server", "console", "feature:uninstall", "lanterne-instruments");
        }
    }

    private static String signIn(String name, String password) throws IOException, InterruptedException {
        return server.signIn(name, password);
    }

    /** @return a new session of the clinician added in step 13 */
    private static String clinician() throws IOException, InterruptedException {
        return signIn("karim", "quarry-lichen-harbour-26");
    }

    private static void awaitStatus(int status, LanterneServer.Request request) throws IOException, InterruptedException {
        LanterneServer.awaitStatus(status, 15, request);
    }

    /** Waits up to 15 s (the folder is looked at every 2 s) for the listed instrument ids to satisfy the condition. */
    private static void awaitInstruments(String token, String what, java.util.function.Predicate<List<String>> condition) throws Exception {
        List<String> ids = List.of();
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15); System.nanoTime() < deadline; Thread.sleep(200)) {
            ids = strings(JSON.readTree(server.get("/api/v1/instruments", token).body()).findValues("id"));
            if (condition.test(ids)) {
                return;
            }
        }
        throw new AssertionError("gave up waiting until " + what + "; listed: " + ids);
    }

    private static boolean refused() throws InterruptedException {
        try {
            get("/api/v1/health");
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return server.get(path, null);
    }

    private static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return server.postJson(path, json, null);
    }

    private static HttpResponse<String> post(String path, String json, String token) throws IOException, InterruptedException {
        return server.postJson(path, json, token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return server.send(request);
    }

    private static URI uri(String path) {
        return server.uri(path);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    private static List<String> strings(List<JsonNode> nodes) {
        return nodes.stream().map(JsonNode::asText).toList();
    }

    private static LanterneServer.Result lanterne(String... arguments) throws IOException, InterruptedException {
        return server.run(arguments);
    }

    private static LanterneServer.Result lanterneWithInput(String input, String... arguments) throws IOException, InterruptedException {
        return server.runWithInput(input, arguments);
    }
}
