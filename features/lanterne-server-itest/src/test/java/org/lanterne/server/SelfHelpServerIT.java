package org.lanterne.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
 * The self-help HTTP API on a real server of its own (its own LANTERNE_HOME and ports), the feature
 * installed at runtime: a participant's whole way from the programme list to withdrawal, the
 * refusals (400, 401, 403, 404, 413, 415, 422) with their keys and messages in French, Arabic and
 * English, requests another site could forge, staff and participant tokens kept apart, and, at the
 * end, no resume code and no client address in any log file.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SelfHelpServerIT {

    private static final ObjectMapper JSON = LanterneServer.JSON;
    private static final String ADMIN_PASSWORD = "harbour-lantern-willow-52";
    private static final String CLINICIAN_PASSWORD = "quiet-meadow-granite-64";
    private static final String LEAD_PASSWORD = "orchard-signal-cobalt-27";
    private static final String PASSPHRASE = "olive tree at dawn";

    @TempDir
    static Path home;

    static LanterneServer server;
    static String clinician;
    static String lead;
    static String resumeCode;
    static String token;

    @BeforeAll
    static void startServerWithTheSelfHelpFeature() throws Exception {
        server = LanterneServer.onFreePorts(home);
        server.succeed("", "server", "start");
        server.succeed("", "server", "console", "feature:install", "lanterne-selfhelp");
        server.addUser(ADMIN_PASSWORD, "first-admin", "administrator", ADMIN_PASSWORD);
        server.addUser(ADMIN_PASSWORD, "amina", "clinician", CLINICIAN_PASSWORD);
        server.addUser(ADMIN_PASSWORD, "lina", "programme-lead", LEAD_PASSWORD);
        clinician = server.signIn("amina", CLINICIAN_PASSWORD);
        lead = server.signIn("lina", LEAD_PASSWORD);
        LanterneServer.awaitStatus(200, 60, () -> server.get("/api/v1/selfhelp/programmes?lang=fr", null));
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.run("server", "stop");
    }

    @Test
    @Order(1)
    void theProgrammesAreListedInTheAskedLanguageWithoutAnyToken() throws Exception {
        JsonNode list = json(server.get("/api/v1/selfhelp/programmes?lang=fr", null), 200);
        JsonNode takingCare = find(list, "taking-care");
        assertEquals("Prendre soin de soi", takingCare.get("title").asText());
        assertEquals(4, takingCare.get("modules").asInt());
        assertEquals(List.of("fr", "en", "ar"), strings(takingCare.get("languages")));

        JsonNode detail = json(server.get("/api/v1/selfhelp/programmes/taking-care?lang=ar", null), 200);
        assertEquals("الاعتناء بالنفس", detail.get("title").asText());
        assertTrue(detail.get("consent").asText().contains("IP"), detail.get("consent").asText());
        assertEquals("not-alone", detail.at("/modules/0/id").asText());
        assertTrue(strings(detail.at("/profile/ageBands")).contains("25-34"));
        assertTrue(strings(detail.at("/profile/countries")).contains("MA"));

        assertEquals("unknown-programme", error(server.get("/api/v1/selfhelp/programmes/nothing-here", null), 404));
        assertEquals("There is no programme 'nothing-here'.", message(server.get("/api/v1/selfhelp/programmes/nothing-here", null), 404));
    }

    @Test
    @Order(2)
    void enrolmentRefusesWhatItCannotUseWithAClearMessage() throws Exception {
        assertEquals("consent-required", error(enrol(Map.of("programme", "taking-care", "language", "fr", "consent", false)), 400));
        assertTrue(message(enrol(Map.of("programme", "taking-care", "language", "fr", "consent", true, "profile", Map.of("ageBand", "31"))), 400)
                .startsWith("'ageBand' must be one of the programme's values: 18-24, 25-34"));
        assertEquals("The language must be one of: fr, en, ar.", message(enrol(Map.of("programme", "taking-care", "language", "de", "consent", true)), 400));
        assertEquals("'passphrase' must be text.", message(enrol(Map.of("programme", "taking-care", "language", "fr", "consent", true, "passphrase", 1234)), 400),
                "a passphrase that cannot be kept is refused, not dropped");
        assertEquals("consent-required", error(enrol(Map.of("programme", "taking-care", "language", "fr", "consent", "true")), 400));
        assertEquals("unknown-programme", error(enrol(Map.of("programme", "nothing-here", "language", "fr", "consent", true)), 404));
        assertTrue(message(server.postJson("/api/v1/selfhelp/enrolments", "{\"programme\": ", null), 400).startsWith("Send a JSON object"));
        String huge = JSON.writeValueAsString(Map.of("programme", "taking-care", "language", "fr", "consent", true, "passphrase", "x".repeat(70_000)));
        assertEquals(413, server.postJson("/api/v1/selfhelp/enrolments", huge, null).statusCode());
    }

    @Test
    @Order(3)
    void aParticipantEnrolsAndResumesWithTheCodeAndPassphrase() throws Exception {
        JsonNode created = json(enrol(Map.of("programme", "taking-care", "language", "fr", "consent", true, "passphrase", PASSPHRASE,
                "profile", Map.of("ageBand", "25-34", "country", "MA", "referral", "helpline"))), 201);
        resumeCode = created.get("resumeCode").asText();
        assertTrue(resumeCode.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}"), resumeCode);
        assertFalse(created.get("expiresAt").asText().isEmpty());
        String first = created.get("token").asText();

        JsonNode refusal = json(resume(resumeCode, "wrong passphrase"), 401);
        assertEquals("code-refused", refusal.get("error").asText());
        assertEquals("Unknown code or wrong passphrase.", refusal.get("message").asText());
        assertEquals(refusal, json(resume("0000-0000-0000-0000-0000", PASSPHRASE), 401), "an unknown code and a wrong passphrase get the same answer");
        assertEquals("code-malformed", error(resume("1234", PASSPHRASE), 400));

        // guessing someone's passphrase: after 5 failures their code is locked, known to the server by its lookup tag only
        String seen = json(enrol(Map.of("programme", "parents-worried", "language", "en", "consent", true, "passphrase", PASSPHRASE)), 201)
                .get("resumeCode").asText();
        for (int i = 1; i <= 5; i++) {
            assertEquals("code-refused", error(resume(seen, "guess number " + i), 401));
        }
        assertEquals("code-refused", error(resume(seen, PASSPHRASE), 401), "the right passphrase too, while the code is locked");

        token = json(resume(resumeCode.toLowerCase().replace("-", ""), PASSPHRASE), 201).get("token").asText();
        assertEquals(204, server.send(LanterneServer.authorized(HttpRequest.newBuilder(server.uri("/api/v1/selfhelp/sessions/current")).DELETE(), first))
                .statusCode());
        assertEquals(401, server.get("/api/v1/selfhelp/me", first).statusCode(), "the ended session no longer works");
        assertEquals(200, server.get("/api/v1/selfhelp/me", token).statusCode(), "the resumed one does");
    }

    @Test
    @Order(4)
    void theParticipantReadsAModuleMarksItDoneAndAnswersAQuestionnaire() throws Exception {
        JsonNode module = json(server.get("/api/v1/selfhelp/me/modules/coping?lang=fr", token), 200);
        assertEquals("Faire face aux envies", module.get("title").asText());
        assertTrue(module.at("/pages/0/html").asText().contains("<strong>Faites une pause</strong>"), module.toString());
        assertEquals("Mon plan", module.at("/exercises/0/title").asText());
        assertEquals(204, post("/api/v1/selfhelp/me/modules/coping/done", "{}").statusCode());
        assertEquals("Le programme n'a pas de module « nothing-here ».", message(post("/api/v1/selfhelp/me/modules/nothing-here/done", "{}"), 404),
                "without ?lang=, in the language the participant enrolled in");

        JsonNode form = json(server.get("/api/v1/selfhelp/me/questionnaires/weekly-start?lang=en", token), 200);
        assertEquals(4, form.get("items").size());
        assertEquals("ORDINAL", form.at("/items/0/type").asText());
        assertEquals("Not at all", form.at("/items/0/choices/0/label").asText());

        HttpResponse<String> invalid = post("/api/v1/selfhelp/me/questionnaires/weekly-start", "{\"answers\": {\"urges\": \"7\"}}");
        assertEquals(422, invalid.statusCode(), invalid.body());
        assertEquals("urges", JSON.readTree(invalid.body()).at("/errors/0/itemId").asText(), invalid.body());
        JsonNode scored = json(post("/api/v1/selfhelp/me/questionnaires/weekly-start?lang=fr",
                "{\"answers\": {\"urges\": \"3\", \"coping\": \"2\", \"mood\": \"2\", \"alone\": \"2\"}}"), 201);
        assertEquals(9, scored.get("total").asInt());
        assertEquals("hard", scored.get("band").asText());
        assertTrue(scored.get("bandLabel").asText().startsWith("Une semaine difficile"), scored.toString());

        JsonNode me = json(server.get("/api/v1/selfhelp/me?lang=fr", token), 200);
        assertEquals("taking-care", me.at("/programme/id").asText());
        assertEquals("fr", me.get("language").asText());
        assertEquals(0.25, me.get("progress").asDouble());
        assertTrue(me.at("/modules/2/done").asBoolean());
        assertTrue(me.at("/questionnaires/0/done").asBoolean());
        assertTrue(me.at("/questionnaires/1/due").asBoolean(), me.toString());
        assertEquals("after-module:coping", me.at("/questionnaires/1/when").asText());
    }

    @Test
    @Order(5)
    void participantAndStaffTokensOpenOnlyTheirOwnSide() throws Exception {
        assertEquals(401, server.get("/api/v1/selfhelp/me", clinician).statusCode());
        assertEquals(401, server.get("/api/v1/selfhelp/shared", token).statusCode());
        assertEquals(401, server.get("/api/v1/selfhelp/indicators?programme=taking-care", token).statusCode());
        assertEquals(401, server.get("/api/v1/sessions/current", token).statusCode());
        assertEquals(401, server.get("/api/v1/selfhelp/me", null).statusCode());
    }

    @Test
    @Order(6)
    void theParticipantSharesWithAClinicianWhoThenSeesTheirProgressAndLeadsSeeOnlyAggregates() throws Exception {
        assertEquals(201, post("/api/v1/selfhelp/me/shares", "{\"clinician\": \"amina\"}").statusCode());
        JsonNode shared = json(server.get("/api/v1/selfhelp/shared", clinician), 200);
        assertEquals(1, shared.size());
        assertEquals(0.25, shared.at("/0/progress").asDouble());
        assertEquals(403, server.get("/api/v1/selfhelp/shared", lead).statusCode());

        JsonNode indicators = json(server.get("/api/v1/selfhelp/indicators?programme=taking-care", lead), 200);
        assertEquals("<5", indicators.get("enrolments").asText(), indicators.toString());
        assertEquals("<5", indicators.at("/modules/2/count").asText());
        assertEquals(0, indicators.at("/modules/0/count").asInt());
        assertEquals(400, server.get("/api/v1/selfhelp/indicators", lead).statusCode());
        assertEquals(404, server.get("/api/v1/selfhelp/indicators?programme=nothing-here", lead).statusCode());
    }

    @Test
    @Order(7)
    void helplinesAreThereForEveryoneAndPerCountry() throws Exception {
        JsonNode france = json(server.get("/api/v1/selfhelp/help?country=FR&lang=fr", null), 200);
        assertEquals("112", france.at("/0/phone").asText());
        JsonNode elsewhere = json(server.get("/api/v1/selfhelp/help?country=JP&lang=ar", null), 200);
        assertTrue(elsewhere.at("/0/url").asText().contains("example"), elsewhere.toString());
    }

    @Test
    @Order(8)
    void withdrawalErasesTheRecordAndTheCodeStopsWorking() throws Exception {
        HttpResponse<String> withdrawn = server.send(LanterneServer.authorized(HttpRequest.newBuilder(server.uri("/api/v1/selfhelp/me")).DELETE(), token));
        assertEquals(204, withdrawn.statusCode(), withdrawn.body());
        assertEquals(401, server.get("/api/v1/selfhelp/me", token).statusCode());
        assertEquals(401, resume(resumeCode, PASSPHRASE).statusCode());
        assertEquals(0, json(server.get("/api/v1/selfhelp/shared", clinician), 200).size());
    }

    @Test
    @Order(9)
    void errorsHaveAStableKeyAndAMessageInTheLanguageOfLang() throws Exception {
        String unknownCode = JSON.writeValueAsString(Map.of("resumeCode", "0000-0000-0000-0000-0000"));
        JsonNode arabic = json(server.postJson("/api/v1/selfhelp/sessions?lang=ar", unknownCode, null), 401);
        assertEquals("code-refused", arabic.get("error").asText());
        assertEquals("رمز غير معروف أو عبارة سرية خاطئة.", arabic.get("message").asText());
        assertEquals("Un code de reprise a 20 lettres et chiffres, en cinq groupes de quatre.",
                message(server.postJson("/api/v1/selfhelp/sessions?lang=fr", "{\"resumeCode\": \"12\"}", null), 400));
        assertEquals("يتطلب التسجيل موافقتك: لم يُحفظ أي شيء.", message(server.postJson("/api/v1/selfhelp/enrolments?lang=ar",
                JSON.writeValueAsString(Map.of("programme", "taking-care", "language", "ar", "consent", false)), null), 400));
        assertEquals("لا يوجد برنامج باسم «nothing-here».", message(server.get("/api/v1/selfhelp/programmes/nothing-here?lang=ar", null), 404));
        assertEquals("session-required", error(server.get("/api/v1/selfhelp/me?lang=ar", token), 401), "the token of the withdrawn participant");
        assertEquals("Unknown code or wrong passphrase.", message(server.postJson("/api/v1/selfhelp/sessions?lang=de", unknownCode, null), 401),
                "English for a language errors are not written in");
    }

    @Test
    @Order(10)
    void requestsAnotherSiteCouldMakeABrowserSendAreRefused() throws Exception {
        String enrolment = JSON.writeValueAsString(Map.of("programme", "taking-care", "language", "fr", "consent", true));
        // what an HTML form of another site can send without the browser asking the server first
        assertEquals("not-json", error(send("POST", "/api/v1/selfhelp/enrolments", "application/x-www-form-urlencoded",
                "programme=taking-care&language=fr&consent=true", Map.of()), 415));
        assertEquals("not-json", error(send("POST", "/api/v1/selfhelp/enrolments", "text/plain", enrolment, Map.of()), 415));
        assertEquals("not-json", error(send("POST", "/api/v1/selfhelp/sessions", "multipart/form-data; boundary=x",
                "--x\r\n\r\n--x--", Map.of()), 415));
        // what a script of another site would send, were the browser to let it
        assertEquals("other-origin", error(send("POST", "/api/v1/selfhelp/enrolments", "application/json", enrolment,
                Map.of("Origin", "https://elsewhere.example")), 403));
        assertEquals("other-origin", error(send("POST", "/api/v1/selfhelp/enrolments", "application/json", enrolment,
                Map.of("Origin", "http://127.0.0.1:" + LanterneServer.freePort())), 403), "another port is another origin");
        assertEquals("other-origin", error(send("POST", "/api/v1/selfhelp/enrolments", "application/json", enrolment,
                Map.of("Sec-Fetch-Site", "cross-site")), 403));
        assertEquals("other-origin", error(send("POST", "/api/v1/selfhelp/enrolments", "application/json", enrolment, Map.of("Origin", "null")), 403));

        // the page itself, on the server's own origin, enrols; and no answer sets a cookie
        HttpResponse<String> sameOrigin = send("POST", "/api/v1/selfhelp/enrolments", "application/json; charset=utf-8", enrolment,
                Map.of("Origin", "http://127.0.0.1:" + server.port, "Sec-Fetch-Site", "same-origin"));
        String ownToken = json(sameOrigin, 201).get("token").asText();
        assertTrue(sameOrigin.headers().allValues("Set-Cookie").isEmpty(), sameOrigin.headers().map().toString());
        // a participant's calls need the token in a header, which no other site can make a browser send
        assertEquals(401, send("DELETE", "/api/v1/selfhelp/me", "application/json", "{}", Map.of()).statusCode());
        assertEquals(204, server.send(LanterneServer.authorized(HttpRequest.newBuilder(server.uri("/api/v1/selfhelp/me")).DELETE(), ownToken))
                .statusCode());
    }

    @Test
    @Order(11)
    void noLogFileHoldsTheResumeCodeOrAClientAddress() throws Exception {
        server.succeed("", "server", "stop"); // the log appenders write their buffers out
        List<Path> logs;
        try (Stream<Path> files = Files.walk(home)) {
            logs = files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().matches(".*\\.log(\\.\\d+)?")).toList();
        }
        String all = String.join("\n", logs.stream().map(SelfHelpServerIT::read).toList());
        assertTrue(all.contains("org.lanterne.selfhelp.provider"), "the logs were written: the feature's installation is in them");
        String bare = resumeCode.replace("-", "");
        for (Path log : logs) {
            String text = read(log);
            assertFalse(text.contains(resumeCode) || text.contains(bare), log + " holds the resume code");
            assertFalse(text.contains(PASSPHRASE), log + " holds the passphrase");
            assertFalse(text.contains("127.0.0.1"), log + " holds a client address: "
                    + text.lines().filter(l -> l.contains("127.0.0.1")).findFirst().orElse(""));
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> enrol(Map<String, Object> body) throws IOException, InterruptedException {
        return server.postJson("/api/v1/selfhelp/enrolments", JSON.writeValueAsString(body), null);
    }

    private static HttpResponse<String> resume(String code, String passphrase) throws IOException, InterruptedException {
        return server.postJson("/api/v1/selfhelp/sessions", JSON.writeValueAsString(Map.of("resumeCode", code, "passphrase", passphrase)), null);
    }

    private static HttpResponse<String> send(String method, String path, String contentType, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return server.send(request);
    }

    private static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return server.postJson(path, json, token);
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        return JSON.readTree(response.body());
    }

    private static String error(HttpResponse<String> response, int status) throws IOException {
        return json(response, status).get("error").asText();
    }

    private static String message(HttpResponse<String> response, int status) throws IOException {
        return json(response, status).get("message").asText();
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode node : list) {
            if (node.get("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError(id + " not in " + list);
    }

    private static List<String> strings(JsonNode array) {
        return JSON.convertValue(array, JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    }
}
