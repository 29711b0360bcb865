package org.lanterne.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * After whole participant journeys on a real server, nothing it stored or logged holds the client's
 * address, its User-Agent, a resume code, a passphrase or a participant token: every file under the
 * installation's home (logs, configuration, Karaf's cache, the database files) and every row of every
 * table, read over JDBC, since the embedded Derby files are encrypted and prove little by
 * themselves. Run on the embedded encrypted Derby and on PostgreSQL, whose data folder (plain at
 * rest) is searched too once the server has written everything out.
 */
class SelfHelpTracesIT {

    /** A loopback address of its own (Linux answers the whole 127/8), so that it cannot be confused with anything else. */
    private static final String CLIENT_ADDRESS = "127.83.41.29";
    private static final String USER_AGENT = "TraceProbe/7.3 (selfhelp-ua-q8f3k2; rv:94.0)";
    private static final String PASSPHRASE = "lighthouse beyond the ninth dune";

    @TempDir
    Path home;

    private final HttpClient participantClient;
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private LanterneServer server;

    SelfHelpTracesIT() throws IOException {
        participantClient = HttpClient.newBuilder().localAddress(InetAddress.getByName(CLIENT_ADDRESS)).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = { "derby", "postgresql" })
    void noStoredRowFileOrLogLineHoldsTheAddressTheUserAgentOrACode(String engine) throws Exception {
        Path cluster = Path.of("target", "selfhelp-traces-postgresql").toAbsolutePath(); // PostgreSQL's own user must reach it
        server = LanterneServer.onFreePorts(home);
        if (engine.equals("postgresql")) {
            PostgresqlForTests.start(cluster, home.resolve("server"), false);
        }
        List<Traces.Haystack> rows;
        try {
            server.succeed("", "server", "start");
            server.succeed("", "server", "console", "feature:install", "lanterne-selfhelp");
            LanterneServer.awaitStatus(200, 60, () -> send("GET", "/api/v1/selfhelp/programmes?lang=ar", null, null));
            journeys();
            if (engine.equals("postgresql")) {
                try (Connection connection = PostgresqlForTests.connect(home.resolve("server"))) {
                    rows = Traces.rows(connection);
                }
                server.succeed("", "server", "stop");
            } else {
                server.succeed("", "server", "stop"); // the embedded database can only be opened once the server let go of it
                rows = derbyRows();
            }
        } finally {
            server.run("server", "stop");
            if (engine.equals("postgresql")) {
                PostgresqlForTests.stop(cluster); // the rows are in the data files now
            }
        }

        // the same search finds what is meant to be stored, so that finding nothing else means something
        Map<String, String> kept = Map.of("an audit event", "selfhelp.withdraw", "an answer", "\"urges\"", "a share", "amina");
        List<String> keptRows = new Traces(kept).findIn(rows);
        kept.keySet().forEach(what -> assertTrue(keptRows.stream().anyMatch(found -> found.startsWith(what + " in ")), what + " is in the rows read"));
        List<Path> folders = new ArrayList<>(List.of(home));
        if (engine.equals("postgresql")) {
            folders.add(cluster);
        }
        List<Traces.Haystack> files = Traces.files(folders.toArray(Path[]::new));
        assertFalse(new Traces(Map.of("the feature's installation", "org.lanterne.selfhelp.provider"))
                .findIn(files.stream().filter(f -> f.place().endsWith(".log")).toList()).isEmpty(), "the logs were written");
        if (engine.equals("postgresql")) {
            assertFalse(new Traces(Map.of("an audit event", "selfhelp.module-done"))
                    .findIn(files.stream().filter(f -> f.place().startsWith(cluster.toString())).toList()).isEmpty(),
                    "PostgreSQL's data files hold the rows in clear, so searching them means something");
        }

        Traces traces = new Traces(secrets);
        assertEquals(List.of(), traces.findIn(rows), "rows of the database");
        assertEquals(List.of(), traces.findIn(files), "files under " + folders);
    }

    /** One participant who stays, after using every participant call, and one who withdraws; with refusals on the way. */
    private void journeys() throws IOException, InterruptedException {
        secrets.put("client address", CLIENT_ADDRESS);
        secrets.put("User-Agent", USER_AGENT);
        secrets.put("passphrase", PASSPHRASE);
        ok(send("GET", "/api/v1/selfhelp/programmes?lang=ar", null, null), 200);
        ok(send("GET", "/api/v1/selfhelp/programmes/taking-care?lang=fr", null, null), 200);
        ok(send("GET", "/api/v1/selfhelp/help?country=MA&lang=ar", null, null), 200);

        JsonNode staying = ok(send("POST", "/api/v1/selfhelp/enrolments", null, Map.of("programme", "taking-care", "language", "ar",
                "consent", true, "passphrase", PASSPHRASE, "profile", Map.of("ageBand", "25-34", "country", "MA", "referral", "helpline"))), 201);
        String code = code("staying participant's", staying);
        token(staying);
        assertEquals(401, send("POST", "/api/v1/selfhelp/sessions", null, Map.of("resumeCode", code, "passphrase", "not the passphrase")).statusCode());
        assertEquals(400, send("POST", "/api/v1/selfhelp/sessions", null, Map.of("resumeCode", code.substring(0, 9))).statusCode());
        String token = token(ok(send("POST", "/api/v1/selfhelp/sessions", null, Map.of("resumeCode", code.toLowerCase(), "passphrase", PASSPHRASE)), 201));
        ok(send("GET", "/api/v1/selfhelp/me?lang=ar", token, null), 200);
        ok(send("GET", "/api/v1/selfhelp/me/modules/coping?lang=ar", token, null), 200);
        assertEquals(204, send("POST", "/api/v1/selfhelp/me/modules/coping/done", token, Map.of()).statusCode());
        ok(send("GET", "/api/v1/selfhelp/me/questionnaires/weekly-start", token, null), 200);
        assertEquals(422, send("POST", "/api/v1/selfhelp/me/questionnaires/weekly-start", token, Map.of("answers", Map.of("urges", "9"))).statusCode());
        ok(send("POST", "/api/v1/selfhelp/me/questionnaires/weekly-start", token,
                Map.of("answers", Map.of("urges", "1", "coping", "2", "mood", "0", "alone", "3"))), 201);
        ok(send("POST", "/api/v1/selfhelp/me/shares", token, Map.of("clinician", "amina")), 201);
        assertEquals(204, send("DELETE", "/api/v1/selfhelp/sessions/current", token, null).statusCode());

        JsonNode leaving = ok(send("POST", "/api/v1/selfhelp/enrolments", null, Map.of("programme", "parents-worried", "language", "fr",
                "consent", true)), 201);
        code("withdrawn participant's", leaving);
        String leavingToken = token(leaving);
        assertEquals(204, send("POST", "/api/v1/selfhelp/me/modules/understanding/done", leavingToken, Map.of()).statusCode());
        assertEquals(204, send("DELETE", "/api/v1/selfhelp/me", leavingToken, null).statusCode());
    }

    private String code(String whose, JsonNode enrolment) {
        String code = enrolment.get("resumeCode").asText();
        secrets.put(whose + " resume code", code);
        secrets.put(whose + " resume code without dashes", code.replace("-", ""));
        return code;
    }

    private String token(JsonNode session) {
        String token = session.get("token").asText();
        secrets.put("participant token " + secrets.size(), token);
        return token;
    }

    /** A request as the participant's browser sends it: from its own address, with its User-Agent. */
    private HttpResponse<String> send(String method, String path, String token, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofMinutes(1)).header("User-Agent", USER_AGENT);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(LanterneServer.JSON.writeValueAsString(body)));
        }
        return participantClient.send(LanterneServer.authorized(request, token).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode ok(HttpResponse<String> response, int status) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        return LanterneServer.JSON.readTree(response.body());
    }

    private List<Traces.Haystack> derbyRows() throws SQLException, IOException {
        String bootKey = Files.readString(home.resolve("server/keys/database.key"), StandardCharsets.US_ASCII).strip();
        String url = "jdbc:derby:" + home.resolve("server/database");
        try (Connection connection = DriverManager.getConnection(url + ";bootPassword=" + bootKey)) {
            return Traces.rows(connection);
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException expected) {
                // Derby reports a database shut down with SQLState 08006
                assertEquals("08006", expected.getSQLState(), expected.getMessage());
            }
        }
    }
}
