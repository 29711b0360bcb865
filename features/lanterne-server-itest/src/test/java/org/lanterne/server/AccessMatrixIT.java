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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * The access matrix of {@code docs/security.md} ("Access by endpoint") tried in full on a real
 * server with every capability installed: every endpoint as nobody, as an anonymous participant,
 * with a resume code sent as a token, as a member of staff of each role and as a clinician whose
 * caseload does not hold the records, each answer compared with the table; and repeated failed sign-ins lock a name, whether it has an account or not.
 * Sessions ending after their idle time: {@code SessionExpiryReliabilityIT}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessMatrixIT {

    private static final ObjectMapper JSON = LanterneServer.JSON;
    private static final Path SECURITY = LanterneServer.PROJECT.resolve("docs/security.md");
    private static final String PASSWORD = "lantern-meadow-cobalt-73";
    private static final String PASSPHRASE = "cedar path at noon";
    /** A well-formed client code (its check character is right). */
    private static final String CLIENT = "87PZ-GXMZ-6M4M-F0XYK";
    private static final String TODAY = LocalDate.now().toString();
    private static final String STATIC_99R_ANSWERS = "{\"ageAtRelease\":30,\"livedWithPartner\":\"no\",\"indexNonSexualViolence\":false,"
            + "\"priorNonSexualViolence\":false,\"priorSexOffences\":\"none\",\"priorSentencingDates\":0,"
            + "\"nonContactSexOffences\":false,\"unrelatedVictims\":true,\"strangerVictims\":true,\"maleVictims\":false}";
    private static final String EXPORT = "{\"programme\": \"community-treatment\", \"from\": \"2024-01-01\", \"to\": \"2025-12-31\", "
            + "\"variables\": \"participation\", \"k\": 5}";

    /** The columns of the table, in its order; {@link #RESUME_CODE} is checked against the anonymous column. */
    enum Caller {
        ANONYMOUS("anonymous", null, null), PARTICIPANT("participant", null, null), ADMINISTRATOR("administrator", "administrator", "first-admin"),
        CLINICIAN("clinician", "clinician", "amina"), OTHER_CLINICIAN("other clinician", "clinician", "omar"),
        SUPERVISOR("supervisor", "supervisor", "samir"), RESEARCHER("researcher", "researcher", "rita"),
        PROGRAMME_LEAD("programme lead", "programme-lead", "lina"), RESUME_CODE("a resume code sent as a token", null, null);

        final String column;
        final String role;
        final String user;

        Caller(String column, String role, String user) {
            this.column = column;
            this.role = role;
            this.user = user;
        }
    }

    /** Builds one request of an endpoint; called anew for every caller, so that a write may use a record of its own. */
    @FunctionalInterface
    interface Probe {
        HttpRequest.Builder request() throws IOException, InterruptedException;
    }

    /** Calls that end the session they are sent with: each caller sends them with a session of its own. */
    private static final Set<String> ENDING_THE_SESSION = Set.of("DELETE /api/v1/sessions/current", "DELETE /api/v1/selfhelp/sessions/current",
            "DELETE /api/v1/selfhelp/me");

    @TempDir
    static Path home;

    static LanterneServer server;
    static final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    static String resumeCode;
    static String caseId;
    static String sessionId;
    static String noteId;
    static String signedNoteId;
    static String attachmentId;
    static String assessmentId;
    static String documentId;

    @BeforeAll
    static void startServerWithEveryCapabilityAndItsRecords() throws Exception {
        server = LanterneServer.onFreePorts(home);
        server.succeed("", "server", "start");
        server.succeed("", "server", "console", "feature:install", "lanterne-instruments", "lanterne-selfhelp", "lanterne-literature",
                "lanterne-notes", "lanterne-evaluation");
        server.addUser(PASSWORD, "first-admin", "administrator", PASSWORD);
        for (Caller staff : List.of(Caller.CLINICIAN, Caller.OTHER_CLINICIAN, Caller.SUPERVISOR, Caller.RESEARCHER, Caller.PROGRAMME_LEAD)) {
            server.addUser(PASSWORD, staff.user, staff.role, PASSWORD);
        }
        server.addUser(PASSWORD, "nadia", "clinician", PASSWORD);
        server.addUser(PASSWORD, "bruno", "clinician", PASSWORD);
        for (Caller caller : Caller.values()) {
            if (caller.user != null) {
                tokens.put(caller, server.signIn(caller.user, PASSWORD));
            }
        }
        String clinician = tokens.get(Caller.CLINICIAN);
        for (String path : List.of("/api/v1/cases", "/api/v1/assessments/agreement?instrument=static-99r&raterA=amina&raterB=nadia",
                "/api/v1/literature/duplicates", "/api/v1/indicators", "/api/v1/selfhelp/shared")) {
            LanterneServer.awaitStatus(200, 90, () -> server.get(path, clinician));
        }
        JsonNode enrolment = enrol();
        resumeCode = enrolment.get("resumeCode").asText();
        tokens.put(Caller.PARTICIPANT, enrolment.get("token").asText());
        tokens.put(Caller.RESUME_CODE, resumeCode);

        caseId = freshCase();
        sessionId = freshSession(caseId);
        noteId = draftNote(sessionId);
        signedNoteId = freshSignedNote();
        attachmentId = created(send(clinician, HttpRequest.newBuilder(server.uri("/api/v1/cases/sessions/" + sessionId + "/attachments"))
                .header("X-File-Name", "letter.html")
                .POST(HttpRequest.BodyPublishers.ofString("<html><body><p>A letter from the probation service</p></body></html>")))).get("id").asText();
        assessmentId = created(send(clinician, raw("POST", "/api/v1/assessments", assessment()))).get("id").asText();
        documentId = freshDocument();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.run("server", "stop");
    }

    @Test
    @Order(1)
    void theTableNamesEveryAddressTheRestBundlesRegisterAndTheTestProbesEachRow() throws Exception {
        Map<String, Map<Caller, Integer>> table = documentedMatrix();
        assertEquals(new TreeSet<>(probes().keySet()), new TreeSet<>(table.keySet()), "the rows of the table and the requests of this test");
        List<String> uncovered = new ArrayList<>();
        for (String pattern : registeredPatterns()) {
            String prefix = pattern.endsWith("/*") ? pattern.substring(0, pattern.length() - 1) : pattern;
            boolean covered = table.keySet().stream().map(row -> row.substring(row.indexOf(' ') + 1))
                    .anyMatch(address -> pattern.endsWith("/*") ? address.startsWith(prefix) : address.equals(prefix));
            if (!covered) {
                uncovered.add(pattern);
            }
        }
        assertEquals(List.of(), uncovered, "servlet addresses without a row in docs/security.md");
    }

    @Test
    @Order(2)
    void everyEndpointAnswersEveryCallerAsTheTableSays() throws Exception {
        Map<String, Map<Caller, Integer>> table = documentedMatrix();
        Map<String, Probe> probes = probes();
        List<String> differences = new ArrayList<>();
        int tried = 0;
        for (Map.Entry<String, Map<Caller, Integer>> row : table.entrySet()) {
            for (Caller caller : Caller.values()) {
                int expected = row.getValue().get(caller == Caller.RESUME_CODE ? Caller.ANONYMOUS : caller);
                String token = ENDING_THE_SESSION.contains(row.getKey()) ? ownSession(caller) : tokens.get(caller);
                HttpResponse<String> answer = send(token, probes.get(row.getKey()).request());
                tried++;
                if (answer.statusCode() != expected) {
                    differences.add(row.getKey() + " as " + caller.column + ": expected " + expected + ", got " + answer.statusCode() + " "
                            + abbreviated(answer.body()));
                }
            }
        }
        System.out.printf("Access matrix: %d endpoints, %d requests%n", table.size(), tried);
        assertEquals(List.of(), differences, differences.size() + " of " + tried + " answers differ from docs/security.md");
    }

    @Test
    @Order(3)
    void fiveFailedSignInsLockANameEvenAgainstTheRightPasswordAndAnUnknownNameAlike() throws Exception {
        for (String name : List.of("bruno", "nobody-" + UUID.randomUUID().toString().substring(0, 8))) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertEquals("Wrong name or password.", signInRefusal(name, "not-the-password-" + attempt), name + ", attempt " + attempt);
            }
            assertTrue(signInRefusal(name, PASSWORD).startsWith("Too many failed attempts: sign-in is refused until "),
                    "the sixth attempt is refused without looking at the password, for " + name);
        }
        assertEquals(201, signIn("nadia", PASSWORD).statusCode(), "another name is not locked");
    }

    /** The rows of the table under "Access by endpoint": the expected status of each caller, by "METHOD /address". */
    static Map<String, Map<Caller, Integer>> documentedMatrix() throws IOException {
        Map<String, Map<Caller, Integer>> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(SECURITY);
        int start = lines.indexOf("## Access by endpoint");
        assertTrue(start >= 0, "docs/security.md has a section \"Access by endpoint\"");
        Pattern row = Pattern.compile("\\| `([A-Z]+ /[^`]*)` \\|((?: \\d{3} \\|){8})");
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            Matcher cells = row.matcher(line);
            if (line.startsWith("| method and address |")) {
                assertEquals("| method and address | " + Stream.of(Caller.values()).filter(c -> c != Caller.RESUME_CODE).map(c -> c.column + " |")
                        .collect(Collectors.joining(" ")), line, "the columns of the table, in the order of Caller");
            } else if (cells.matches()) {
                String[] statuses = cells.group(2).replace("|", " ").trim().split("\\s+");
                Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
                for (int column = 0; column < statuses.length; column++) {
                    expected.put(Caller.values()[column], Integer.valueOf(statuses[column]));
                }
                assertEquals(null, rows.put(cells.group(1), expected), "one row for " + cells.group(1));
            } else {
                assertTrue(!line.startsWith("| `"), "a row of the table that cannot be read: " + line);
            }
        }
        assertTrue(rows.size() > 50, "the table has its rows: " + rows.size());
        return rows;
    }

    /** @return every address a servlet of the product registers, read from the sources of the bundles */
    static Set<String> registeredPatterns() throws IOException {
        Set<String> patterns = new TreeSet<>();
        Pattern annotation = Pattern.compile("@HttpWhiteboardServletPattern\\(\\{?([^)}]*)\\}?\\)");
        try (Stream<Path> sources = Files.walk(LanterneServer.PROJECT.resolve("bundles"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/")).toList()) {
                Matcher found = annotation.matcher(Files.readString(source));
                while (found.find()) {
                    for (String value : found.group(1).split(",")) {
                        patterns.add(value.strip().replace("\"", ""));
                    }
                }
            }
        }
        assertTrue(patterns.contains("/api/v1/cases/*") && patterns.contains("/api/v1/health"), patterns.toString());
        return patterns;
    }

    /** One request for each row of the table, on the records made at start or on records of its own. */
    static Map<String, Probe> probes() {
        Map<String, Probe> probes = new LinkedHashMap<>();
        probes.put("GET /api/v1/health", () -> get("/api/v1/health"));
        probes.put("GET /api/v1/about", () -> get("/api/v1/about"));
        probes.put("GET /selfhelp/", () -> get("/selfhelp/"));
        probes.put("POST /api/v1/sessions", () -> json("POST", "/api/v1/sessions", Map.of("name", "nadia", "password", PASSWORD)));
        probes.put("GET /api/v1/sessions/current", () -> get("/api/v1/sessions/current"));
        probes.put("DELETE /api/v1/sessions/current", () -> delete("/api/v1/sessions/current"));

        probes.put("GET /api/v1/instruments", () -> get("/api/v1/instruments"));
        probes.put("GET /api/v1/instruments/{instrument}", () -> get("/api/v1/instruments/static-99r"));
        probes.put("POST /api/v1/instruments/{instrument}/score", () -> raw("POST", "/api/v1/instruments/static-99r/score",
                "{\"answers\":" + STATIC_99R_ANSWERS + "}"));
        probes.put("POST /api/v1/assessments", () -> raw("POST", "/api/v1/assessments", assessment()));
        probes.put("POST /api/v1/assessments/search", () -> json("POST", "/api/v1/assessments/search", Map.of("participant", CLIENT)));
        probes.put("GET /api/v1/assessments/{assessment}/recompute", () -> get("/api/v1/assessments/" + assessmentId + "/recompute"));
        probes.put("GET /api/v1/assessments/agreement", () -> get("/api/v1/assessments/agreement?instrument=static-99r&raterA=amina&raterB=nadia"));

        probes.put("GET /api/v1/cases", () -> get("/api/v1/cases"));
        probes.put("POST /api/v1/cases", () -> json("POST", "/api/v1/cases", openCase()));
        probes.put("GET /api/v1/cases/{case}", () -> get("/api/v1/cases/" + caseId));
        probes.put("POST /api/v1/cases/{case}/share", () -> json("POST", "/api/v1/cases/" + caseId + "/share", Map.of("clinician", "nadia")));
        probes.put("POST /api/v1/cases/{case}/transfer", () -> json("POST", "/api/v1/cases/" + freshCase() + "/transfer", Map.of("clinician", "nadia")));
        probes.put("GET /api/v1/cases/{case}/sessions", () -> get("/api/v1/cases/" + caseId + "/sessions"));
        probes.put("POST /api/v1/cases/{case}/sessions", () -> json("POST", "/api/v1/cases/" + caseId + "/sessions", sessionDetails()));
        probes.put("PUT /api/v1/cases/sessions/{session}", () -> json("PUT", "/api/v1/cases/sessions/" + sessionId, sessionDetails()));
        probes.put("GET /api/v1/cases/sessions/{session}/note", () -> get("/api/v1/cases/sessions/" + sessionId + "/note"));
        probes.put("PUT /api/v1/cases/sessions/{session}/note", () -> json("PUT", "/api/v1/cases/sessions/" + sessionId + "/note", draft("Calm")));
        probes.put("GET /api/v1/cases/notes/{note}", () -> get("/api/v1/cases/notes/" + noteId));
        probes.put("POST /api/v1/cases/notes/{note}/sign", () -> json("POST", "/api/v1/cases/notes/" + draftNote(freshSession(caseId)) + "/sign", Map.of()));
        probes.put("POST /api/v1/cases/notes/{note}/amendments", () -> json("POST", "/api/v1/cases/notes/" + signedNoteId + "/amendments",
                Map.of("reason", "Wrong day noted", "sections", draft("Calm, tired").get("sections"))));
        probes.put("GET /api/v1/cases/notes/{note}/amendment-draft", () -> get("/api/v1/cases/notes/" + signedNoteId + "/amendment-draft"));
        probes.put("PUT /api/v1/cases/notes/{note}/amendment-draft", () -> json("PUT", "/api/v1/cases/notes/" + signedNoteId + "/amendment-draft",
                Map.of("reason", "Wrong day", "sections", draft("Calm, tired").get("sections"))));
        probes.put("POST /api/v1/cases/{case}/flags", () -> json("POST", "/api/v1/cases/" + caseId + "/flags", Map.of("kind", "ESCALATING_RISK")));
        probes.put("POST /api/v1/cases/flags/{flag}/resolve", () -> json("POST", "/api/v1/cases/flags/" + freshFlag() + "/resolve", Map.of()));
        probes.put("GET /api/v1/cases/alerts", () -> get("/api/v1/cases/alerts"));
        probes.put("GET /api/v1/cases/{case}/timeline", () -> get("/api/v1/cases/" + caseId + "/timeline"));
        probes.put("GET /api/v1/cases/templates", () -> get("/api/v1/cases/templates"));
        probes.put("POST /api/v1/cases/search", () -> json("POST", "/api/v1/cases/search", Map.of("query", "calm", "max", 5)));
        probes.put("GET /api/v1/cases/sessions/{session}/attachments", () -> get("/api/v1/cases/sessions/" + sessionId + "/attachments"));
        probes.put("POST /api/v1/cases/sessions/{session}/attachments", () -> HttpRequest.newBuilder(
                server.uri("/api/v1/cases/sessions/" + sessionId + "/attachments")).header("X-File-Name", "plan.txt")
                .POST(HttpRequest.BodyPublishers.ofString("A plan for the weeks to come.")));
        probes.put("GET /api/v1/cases/attachments/{attachment}", () -> get("/api/v1/cases/attachments/" + attachmentId));

        String literature = "/api/v1/literature";
        probes.put("POST /api/v1/literature/documents", () -> upload(literature + "/documents", "report-" + UUID.randomUUID() + ".html",
                "<html><head><title>Prevention report " + UUID.randomUUID() + "</title></head><body><p>Programmes that work with people "
                        + "at risk of offending.</p></body></html>"));
        probes.put("POST /api/v1/literature/references", () -> references(uniqueReference()));
        probes.put("GET /api/v1/literature/search", () -> get(literature + "/search?q=" + URLEncoder.encode("prevention", StandardCharsets.UTF_8)));
        probes.put("GET /api/v1/literature/documents/{document}", () -> get(literature + "/documents/" + documentId));
        probes.put("PUT /api/v1/literature/documents/{document}", () -> json("PUT", literature + "/documents/" + documentId,
                Map.of("title", "Prevention that works", "year", 2024)));
        probes.put("PATCH /api/v1/literature/documents/{document}", () -> json("PATCH", literature + "/documents/" + documentId, Map.of("year", 2023)));
        probes.put("GET /api/v1/literature/documents/{document}/text", () -> get(literature + "/documents/" + documentId + "/text"));
        probes.put("GET /api/v1/literature/documents/{document}/provenance", () -> get(literature + "/documents/" + documentId + "/provenance"));
        probes.put("POST /api/v1/literature/documents/{document}/merge", () -> json("POST", literature + "/documents/" + documentId + "/merge",
                Map.of("duplicate", freshDocument())));
        probes.put("GET /api/v1/literature/duplicates", () -> get(literature + "/duplicates"));
        probes.put("PUT /api/v1/literature/documents/{document}/tags/{tag}", () -> raw("PUT", literature + "/documents/" + documentId + "/tags/review", ""));
        probes.put("DELETE /api/v1/literature/documents/{document}/tags/{tag}", () -> delete(literature + "/documents/" + documentId + "/tags/review"));
        probes.put("POST /api/v1/literature/documents/{document}/notes", () -> json("POST", literature + "/documents/" + documentId + "/notes",
                Map.of("text", "Small sample.")));
        probes.put("GET /api/v1/literature/documents/{document}/notes", () -> get(literature + "/documents/" + documentId + "/notes"));
        probes.put("PUT /api/v1/literature/documents/{document}/decision", () -> json("PUT", literature + "/documents/" + documentId + "/decision",
                Map.of("decision", "include")));
        probes.put("GET /api/v1/literature/screening/conflicts", () -> get(literature + "/screening/conflicts"));
        probes.put("GET /api/v1/literature/screening/prisma", () -> get(literature + "/screening/prisma"));
        probes.put("GET /api/v1/literature/export", () -> get(literature + "/export?format=ris&ids=" + documentId));
        probes.put("POST /api/v1/literature/index/rebuild", () -> raw("POST", literature + "/index/rebuild", ""));

        String selfHelp = "/api/v1/selfhelp";
        probes.put("GET /api/v1/selfhelp/programmes", () -> get(selfHelp + "/programmes"));
        probes.put("GET /api/v1/selfhelp/programmes/{programme}", () -> get(selfHelp + "/programmes/taking-care"));
        probes.put("GET /api/v1/selfhelp/help", () -> get(selfHelp + "/help?country=MA&lang=fr"));
        probes.put("POST /api/v1/selfhelp/enrolments", () -> json("POST", selfHelp + "/enrolments", enrolmentOrder()));
        probes.put("POST /api/v1/selfhelp/sessions", () -> json("POST", selfHelp + "/sessions", Map.of("resumeCode", resumeCode, "passphrase", PASSPHRASE)));
        probes.put("DELETE /api/v1/selfhelp/sessions/current", () -> delete(selfHelp + "/sessions/current"));
        probes.put("GET /api/v1/selfhelp/me", () -> get(selfHelp + "/me"));
        probes.put("GET /api/v1/selfhelp/me/modules/{module}", () -> get(selfHelp + "/me/modules/coping"));
        probes.put("POST /api/v1/selfhelp/me/modules/{module}/done", () -> raw("POST", selfHelp + "/me/modules/coping/done", "{}"));
        probes.put("GET /api/v1/selfhelp/me/questionnaires/{questionnaire}", () -> get(selfHelp + "/me/questionnaires/weekly-start"));
        probes.put("POST /api/v1/selfhelp/me/questionnaires/{questionnaire}", () -> raw("POST", selfHelp + "/me/questionnaires/weekly-start",
                "{\"answers\": {\"urges\": \"3\", \"coping\": \"2\", \"mood\": \"2\", \"alone\": \"2\"}}"));
        probes.put("POST /api/v1/selfhelp/me/shares", () -> json("POST", selfHelp + "/me/shares", Map.of("clinician", "amina")));
        probes.put("DELETE /api/v1/selfhelp/me", () -> delete(selfHelp + "/me"));
        probes.put("GET /api/v1/selfhelp/indicators", () -> get(selfHelp + "/indicators?programme=taking-care"));
        probes.put("GET /api/v1/selfhelp/shared", () -> get(selfHelp + "/shared"));

        probes.put("GET /api/v1/indicators", () -> get("/api/v1/indicators"));
        probes.put("GET /api/v1/indicators/{programme}", () -> get("/api/v1/indicators/community-treatment?subgroup=age-band"));
        probes.put("GET /api/v1/recorded-sessions", () -> get("/api/v1/recorded-sessions"));
        probes.put("POST /api/v1/exports", () -> raw("POST", "/api/v1/exports", EXPORT));
        return probes;
    }

    /** @return a token that the call may end: a new sign-in or enrolment for those who have sessions, as it is for the others */
    private static String ownSession(Caller caller) throws IOException, InterruptedException {
        if (caller.user != null) {
            return server.signIn(caller.user, PASSWORD);
        }
        return caller == Caller.PARTICIPANT ? enrol().get("token").asText() : tokens.get(caller);
    }

    private static JsonNode enrol() throws IOException, InterruptedException {
        return created(send(null, json("POST", "/api/v1/selfhelp/enrolments", enrolmentOrder())));
    }

    private static Map<String, Object> enrolmentOrder() {
        return Map.of("programme", "taking-care", "language", "fr", "consent", true, "passphrase", PASSPHRASE);
    }

    private static String freshCase() throws IOException, InterruptedException {
        return created(send(tokens.get(Caller.CLINICIAN), json("POST", "/api/v1/cases", openCase()))).get("id").asText();
    }

    private static Map<String, Object> openCase() {
        return Map.of("clientCode", CLIENT, "alias", "K.", "programme", "treatment", "startedOn", TODAY);
    }

    private static String freshSession(String inCase) throws IOException, InterruptedException {
        return created(send(tokens.get(Caller.CLINICIAN), json("POST", "/api/v1/cases/" + inCase + "/sessions", sessionDetails()))).get("id").asText();
    }

    private static Map<String, Object> sessionDetails() {
        return Map.of("day", TODAY, "start", "10:00", "minutes", 60, "modality", "INDIVIDUAL", "attendance", "ATTENDED", "goals",
                List.of("Relapse prevention"));
    }

    private static String draftNote(String ofSession) throws IOException, InterruptedException {
        HttpResponse<String> saved = send(tokens.get(Caller.CLINICIAN), json("PUT", "/api/v1/cases/sessions/" + ofSession + "/note", draft("Calm")));
        assertEquals(200, saved.statusCode(), saved.body());
        return JSON.readTree(saved.body()).get("id").asText();
    }

    private static Map<String, Object> draft(String presentation) {
        return Map.of("template", "session-note", "sections", Map.of("presentation", presentation, "content", "Plan",
                "risk-and-protective-factors", "New job"));
    }

    private static String freshSignedNote() throws IOException, InterruptedException {
        String note = draftNote(freshSession(caseId));
        HttpResponse<String> signed = send(tokens.get(Caller.CLINICIAN), json("POST", "/api/v1/cases/notes/" + note + "/sign", Map.of()));
        assertEquals(200, signed.statusCode(), signed.body());
        return note;
    }

    private static String freshFlag() throws IOException, InterruptedException {
        return created(send(tokens.get(Caller.CLINICIAN), json("POST", "/api/v1/cases/" + caseId + "/flags", Map.of("kind", "SELF_HARM"))))
                .get("id").asText();
    }

    private static String assessment() {
        return "{\"participant\":\"" + CLIENT + "\",\"instrument\":\"static-99r\",\"assessedOn\":\"" + LocalDate.now().minusDays(7)
                + "\",\"answers\":" + STATIC_99R_ANSWERS + "}";
    }

    /** @return the id of a record imported from a reference of its own */
    private static String freshDocument() throws IOException, InterruptedException {
        HttpResponse<String> report = send(tokens.get(Caller.RESEARCHER), references(uniqueReference()));
        assertEquals(200, report.statusCode(), report.body());
        return JSON.readTree(report.body()).at("/references/0/recordId").asText();
    }

    private static String uniqueReference() {
        return "TY  - JOUR\r\nTI  - Prevention programmes " + UUID.randomUUID() + "\r\nAU  - Benali, Karim\r\nPY  - 2023\r\nER  - \r\n";
    }

    private static HttpRequest.Builder references(String ris) {
        return HttpRequest.newBuilder(server.uri("/api/v1/literature/references?format=ris&name=list.ris"))
                .header("Content-Type", "application/x-research-info-systems").POST(HttpRequest.BodyPublishers.ofString(ris));
    }

    private static HttpRequest.Builder upload(String path, String fileName, String content) {
        String boundary = "lanterne-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/html\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(server.uri(path)).GET();
    }

    private static HttpRequest.Builder delete(String path) {
        return HttpRequest.newBuilder(server.uri(path)).DELETE();
    }

    private static HttpRequest.Builder json(String method, String path, Object body) throws IOException {
        return raw(method, path, JSON.writeValueAsString(body));
    }

    private static HttpRequest.Builder raw(String method, String path, String body) {
        return HttpRequest.newBuilder(server.uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(String token, HttpRequest.Builder request) throws IOException, InterruptedException {
        return server.send(LanterneServer.authorized(request, token));
    }

    private static JsonNode created(HttpResponse<String> response) throws IOException {
        assertEquals(201, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> signIn(String name, String password) throws IOException, InterruptedException {
        return send(null, json("POST", "/api/v1/sessions", Map.of("name", name, "password", password)));
    }

    private static String signInRefusal(String name, String password) throws IOException, InterruptedException {
        HttpResponse<String> refused = signIn(name, password);
        assertEquals(401, refused.statusCode(), refused.body());
        return JSON.readTree(refused.body()).get("error").asText();
    }

    private static String abbreviated(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
