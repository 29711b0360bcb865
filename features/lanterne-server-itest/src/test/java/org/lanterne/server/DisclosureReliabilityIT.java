package org.lanterne.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * What leaves the database, on a real server of its own: an evaluation export of the demo cohort
 * linked back to the cohort on its quasi-identifiers matches no one person alone, and markers
 * planted in everything a clinician and a participant write are found in clear in no file of the
 * installation (its data, keys and logs), of its backup or of an export.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DisclosureReliabilityIT {

    private static final ObjectMapper JSON = LanterneServer.JSON;
    private static final String PASSWORD = "willow-beacon-slate-46";
    /** A well-formed client code (its check character is right). */
    private static final String CLIENT = "87PZ-GXMZ-6M4M-F0XYK";
    private static final String FROM = "2024-01-01";
    private static final String TO = "2025-12-31";
    private static final int K = 5;
    /** The documented generalisation of age bands (docs/evaluation.md): a band, then its wider band, then hidden. */
    private static final Map<String, String> WIDER_AGE_BAND = Map.of("12-14", "under-18", "15-17", "under-18", "18-24", "18-34", "25-34", "18-34",
            "35-44", "35-54", "45-54", "35-54", "55-64", "55+", "65+", "55+");
    private static final String HIDDEN = "*";
    /** The exports' labels of the arms. */
    private static final Map<String, String> ARM_LABELS = Map.of("treatment", "Treatment", "usual-care", "Usual care");

    @TempDir
    static Path home;

    @TempDir
    static Path elsewhere;

    static LanterneServer server;
    static String clinician;
    static String lead;

    @BeforeAll
    static void startServer() throws Exception {
        server = LanterneServer.onFreePorts(home);
        server.succeed("", "server", "start");
        // the library brings the text extraction that makes attachments searchable
        server.succeed("", "server", "console", "feature:install", "lanterne-notes", "lanterne-literature", "lanterne-instruments",
                "lanterne-selfhelp", "lanterne-evaluation");
        server.addUser(PASSWORD, "first-admin", "administrator", PASSWORD);
        server.addUser(PASSWORD, "amina", "clinician", PASSWORD);
        server.addUser(PASSWORD, "lina", "programme-lead", PASSWORD);
        clinician = server.signIn("amina", PASSWORD);
        lead = server.signIn("lina", PASSWORD);
        LanterneServer.awaitStatus(200, 90, () -> server.get("/api/v1/cases", clinician));
        LanterneServer.awaitStatus(200, 90, () -> server.get("/api/v1/indicators", lead));
        LanterneServer.awaitStatus(200, 90, () -> server.get("/api/v1/selfhelp/programmes", null));
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.run("server", "stop");
    }

    /**
     * The attack the k-anonymity of exports is meant to defeat: someone who knows a person's site,
     * age band, country and referral route — whatever of them the export shows — and generalises
     * them as the export did, looks for the matching rows. Each exported person must stand among at
     * least k people of the cohort who match the same way. The same attack on the cohort's own
     * values finds people alone, so that it is one that can succeed.
     */
    @Test
    @Order(1)
    void noExportedPersonIsLinkedBackToFewerThanKPeopleOfTheCohort() throws Exception {
        List<Map<String, String>> cohort = cohort();
        List<String> quasiIdentifiers = List.of("site", "age_band", "country", "referral");
        long aloneInTheCohort = cohort.stream().filter(person -> linked(person, cohort, quasiIdentifiers) == 1).count();
        assertTrue(aloneInTheCohort > 0, "on the cohort's own values, the attack singles people out");
        for (String variables : List.of("participation", "assessments")) {
            Map<String, byte[]> files = LanterneServer.unzip(export(variables));
            Map<String, Map<String, String>> exportedPeople = new LinkedHashMap<>();
            decoded(files).forEach(row -> exportedPeople.put(row.get("participant"), row));
            List<String> shown = quasiIdentifiers.stream().filter(exportedPeople.values().iterator().next()::containsKey).toList();
            assertTrue(shown.contains("age_band"), "the export shows quasi-identifiers: " + exportedPeople.values().iterator().next().keySet());
            long smallest = Long.MAX_VALUE;
            long smallestKnowingTheArm = Long.MAX_VALUE;
            for (Map.Entry<String, Map<String, String>> person : exportedPeople.entrySet()) {
                long matches = linked(person.getValue(), cohort, shown);
                assertTrue(matches >= K, variables + ": exported person " + person.getKey() + " " + person.getValue() + " matches only " + matches
                        + " people of the cohort on " + shown);
                smallest = Math.min(smallest, matches);
                List<String> withArm = new ArrayList<>(shown);
                withArm.add("arm");
                smallestKnowingTheArm = Math.min(smallestKnowingTheArm, linked(person.getValue(), cohort, withArm));
            }
            assertTrue(JSON.readTree(files.get("disclosure.json")).findValue("smallestClass").asInt() >= K, "the disclosure report says k");
            System.out.printf("Linking attack on the %s export: %d people linked on %s to %d cohort records (%d alone on their own values): "
                    + "smallest set of matching people %d (k = %d); %d for someone who also knows the arm%n", variables, exportedPeople.size(),
                    shown, cohort.size(), aloneInTheCohort, smallest, K, smallestKnowingTheArm);
        }
    }

    /** @return the people of the demo cohort (the server's default source) enrolled in the programme in the period, the referral route named as in exports */
    private static List<Map<String, String>> cohort() throws IOException {
        List<Map<String, String>> people = new ArrayList<>();
        for (Map<String, String> person : csv(Files.readString(LanterneServer.PROJECT.resolve("datasets/demo/participants.csv")))) {
            LocalDate enrolled = LocalDate.parse(person.get("enrolled_on"));
            if (person.get("programme").equals("community-treatment") && !enrolled.isBefore(LocalDate.parse(FROM)) && !enrolled.isAfter(LocalDate.parse(TO))) {
                person.put("referral", person.remove("referral_route"));
                people.add(person);
            }
        }
        return people;
    }

    /** @return how many people of the cohort match a person, generalised the published way, on the columns */
    private static long linked(Map<String, String> person, List<Map<String, String>> cohort, List<String> columns) {
        return cohort.stream().filter(source -> columns.stream().allMatch(column -> generalisedAlike(person.get(column), source.get(column)))).count();
    }

    @Test
    @Order(2)
    void markersPlantedInNotesAttachmentsAndSelfHelpAreInClearInNoFileBackupLogOrExport() throws Exception {
        String marker = "mrk" + UUID.randomUUID().toString().replace("-", "");
        Map<String, String> planted = new LinkedHashMap<>();
        planted.put("a case alias", "Alias " + marker + "A");
        planted.put("a session goal", "Goal " + marker + "G");
        planted.put("a note", "Note " + marker + "N");
        planted.put("an amendment", "Amended " + marker + "M");
        planted.put("an amendment's reason", "Reason " + marker + "R");
        planted.put("an attachment", "Letter " + marker + "L");
        planted.put("an attachment's name", "letter-" + marker + "F.html");
        planted.put("a self-help passphrase", "passphrase " + marker + "P");
        planted.put("a client code", CLIENT);
        String caseId = created(post("/api/v1/cases", Map.of("clientCode", CLIENT, "alias", planted.get("a case alias"), "programme", "treatment",
                "startedOn", LocalDate.now().toString()), clinician)).get("id").asText();
        String sessionId = created(post("/api/v1/cases/" + caseId + "/sessions", Map.of("day", LocalDate.now().toString(), "start", "10:00",
                "minutes", 60, "modality", "INDIVIDUAL", "attendance", "ATTENDED", "goals", List.of(planted.get("a session goal"))), clinician))
                .get("id").asText();
        HttpResponse<String> draft = send(HttpRequest.newBuilder(server.uri("/api/v1/cases/sessions/" + sessionId + "/note"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("template", "session-note", "sections", sections(planted.get("a note")))))), clinician);
        assertEquals(200, draft.statusCode(), draft.body());
        String noteId = JSON.readTree(draft.body()).get("id").asText();
        assertEquals(200, post("/api/v1/cases/notes/" + noteId + "/sign", Map.of(), clinician).statusCode());
        created(post("/api/v1/cases/notes/" + noteId + "/amendments", Map.of("reason", planted.get("an amendment's reason"), "sections",
                sections(planted.get("an amendment"))), clinician));
        created(send(HttpRequest.newBuilder(server.uri("/api/v1/cases/sessions/" + sessionId + "/attachments"))
                .header("X-File-Name", planted.get("an attachment's name")).POST(HttpRequest.BodyPublishers.ofString(
                        "<html><body><p>" + planted.get("an attachment") + "</p></body></html>")), clinician));
        JsonNode enrolment = created(post("/api/v1/selfhelp/enrolments", Map.of("programme", "taking-care", "language", "fr", "consent", true,
                "passphrase", planted.get("a self-help passphrase")), null));
        planted.put("a resume code", enrolment.get("resumeCode").asText());
        planted.put("a participant's token", enrolment.get("token").asText());
        planted.put("a staff token", clinician);
        assertEquals(201, post("/api/v1/selfhelp/me/questionnaires/weekly-start",
                Map.of("answers", Map.of("urges", "3", "coping", "2", "mood", "2", "alone", "2")), enrolment.get("token").asText()).statusCode());
        assertEquals(1, JSON.readTree(post("/api/v1/cases/search", Map.of("query", marker + "L"), clinician).body()).size(),
                "the attachment's text was read, so that it could have leaked");

        Path backup = elsewhere.resolve("backup");
        server.succeed("", "backup", backup.toString());
        Path exports = Files.createDirectories(elsewhere.resolve("exports"));
        for (String variables : List.of("participation", "assessments")) {
            byte[] zip = export(variables);
            Files.write(exports.resolve(variables + ".zip"), zip);
            for (Map.Entry<String, byte[]> file : LanterneServer.unzip(zip).entrySet()) {
                Files.write(Files.createDirectories(exports.resolve(variables)).resolve(file.getKey()), file.getValue());
            }
        }
        server.succeed("", "server", "stop"); // the database and the logs are written out

        List<Traces.Haystack> files = Traces.files(home, backup, exports);
        assertEquals(List.of(), new Traces(planted).findIn(files), "what was planted, found in clear");
        // the same search finds what is meant to be there, so that finding nothing else means something
        assertFalse(new Traces(Map.of("the feature's installation", "org.lanterne.notes.provider"))
                .findIn(files.stream().filter(f -> f.place().endsWith(".log")).toList()).isEmpty(), "the logs were read");
        assertFalse(new Traces(Map.of("the requester", "\"lina\"")).findIn(files.stream().filter(f -> f.place().endsWith("manifest.json")).toList())
                .isEmpty(), "the exports were read");
        assertTrue(files.stream().anyMatch(f -> f.place().startsWith(backup.resolve("database").toString())), "the backup was read");
        System.out.printf("Planted markers: %d needles searched in %d files (%d MB) of the installation, its backup and two exports: found in none%n",
                planted.size(), files.size(), files.stream().mapToLong(f -> f.text().length()).sum() >> 20);
    }

    private static Map<String, String> sections(String presentation) {
        return Map.of("presentation", presentation, "content", "Plan", "risk-and-protective-factors", "New job");
    }

    private static byte[] export(String variables) throws IOException, InterruptedException {
        HttpResponse<byte[]> zip = server.postJsonForBytes("/api/v1/exports", JSON.writeValueAsString(Map.of("programme", "community-treatment",
                "from", FROM, "to", TO, "variables", variables, "k", K)), lead);
        assertEquals(200, zip.statusCode(), new String(zip.body(), StandardCharsets.UTF_8));
        return zip.body();
    }

    /** @return the rows of data.csv with each coded value replaced by its label from codebook.csv */
    private static List<Map<String, String>> decoded(Map<String, byte[]> files) throws IOException {
        Map<String, Map<String, String>> labels = new HashMap<>();
        for (Map<String, String> variable : csv(new String(files.get("codebook.csv"), StandardCharsets.UTF_8))) {
            Map<String, String> codes = new HashMap<>();
            for (String pair : variable.get("value_labels").split("; ")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    codes.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
            }
            labels.put(variable.get("variable"), codes);
        }
        List<Map<String, String>> rows = csv(new String(files.get("data.csv"), StandardCharsets.UTF_8));
        rows.forEach(row -> row.replaceAll((column, value) -> labels.getOrDefault(column, Map.of()).getOrDefault(value, value)));
        assertFalse(rows.isEmpty(), "the export has rows");
        return rows;
    }

    /** @return whether a value of the cohort, generalised the published way, gives the exported value (or its label) */
    private static boolean generalisedAlike(String exported, String source) {
        return exported == null || exported.isEmpty() || exported.equals(HIDDEN) || exported.equals(source)
                || exported.equals(WIDER_AGE_BAND.get(source)) || exported.equals(ARM_LABELS.get(source));
    }

    /** A small reader for the CSV files of the datasets and exports: a header, then rows; quoted fields may hold commas and quotes. */
    private static List<Map<String, String>> csv(String text) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        StringReader in = new StringReader(text);
        for (int c = in.read(); c != -1; c = in.read()) {
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    if (in.read() == '"') {
                        field.append('"');
                    } else {
                        in.reset();
                        quoted = false;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString().replace("\r", ""));
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append((char) c);
            }
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            assertEquals(header.size(), record.size(), "a row of " + header + ": " + record);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static HttpResponse<String> post(String path, Object body, String token) throws IOException, InterruptedException {
        return server.postJson(path, JSON.writeValueAsString(body), token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String token) throws IOException, InterruptedException {
        return server.send(LanterneServer.authorized(request, token));
    }

    private static JsonNode created(HttpResponse<String> response) throws IOException {
        assertEquals(201, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }
}
