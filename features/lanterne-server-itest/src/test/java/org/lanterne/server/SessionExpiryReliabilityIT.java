package org.lanterne.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sessions of staff and of self-help participants end after the idle time configured in the
 * server's configuration ({@code org.lanterne.identity.sessions} and
 * {@code org.lanterne.selfhelp.participants}, {@code idleTimeoutMinutes}), set here to its
 * smallest value, one minute; waiting for it makes this test part of the reliability suite.
 */
class SessionExpiryReliabilityIT {

    private static final String PASSWORD = "ember-harbour-quartz-58";

    @TempDir
    static Path home;

    static LanterneServer server;

    @BeforeAll
    static void startServerWithOneMinuteSessions() throws Exception {
        server = LanterneServer.onFreePorts(home);
        server.succeed("", "server", "start");
        server.succeed("", "server", "console", "feature:install", "lanterne-selfhelp");
        server.addUser(PASSWORD, "first-admin", "administrator", PASSWORD);
        server.addUser(PASSWORD, "amina", "clinician", PASSWORD);
        server.succeed("", "server", "console", "config:property-set", "-p", "org.lanterne.identity.sessions", "idleTimeoutMinutes", "1");
        server.succeed("", "server", "console", "config:property-set", "-p", "org.lanterne.selfhelp.participants", "idleTimeoutMinutes", "1");
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.run("server", "stop");
    }

    @Test
    void staffAndParticipantSessionsEndAfterTheConfiguredIdleTime() throws Exception {
        String staff = awaitSession("staff", () -> server.postJson("/api/v1/sessions",
                LanterneServer.JSON.writeValueAsString(Map.of("name", "amina", "password", PASSWORD)), null));
        String participant = awaitSession("participant", () -> server.postJson("/api/v1/selfhelp/enrolments",
                LanterneServer.JSON.writeValueAsString(Map.of("programme", "taking-care", "language", "fr", "consent", true)), null));
        assertEquals(200, server.get("/api/v1/sessions/current", staff).statusCode(), "the staff session is open");
        assertEquals(200, server.get("/api/v1/selfhelp/me", participant).statusCode(), "the participant session is open");
        Instant lastUse = Instant.now();

        // idle means unused: nothing is sent with either token until both must have ended
        Thread.sleep(Duration.between(Instant.now(), lastUse.plus(Duration.ofMinutes(1)).plusSeconds(5)).toMillis());

        assertEquals(401, server.get("/api/v1/sessions/current", staff).statusCode(), "the staff session ended");
        assertEquals(401, server.get("/api/v1/selfhelp/me", participant).statusCode(), "the participant session ended");
        assertEquals(201, server.postJson("/api/v1/sessions",
                LanterneServer.JSON.writeValueAsString(Map.of("name", "amina", "password", PASSWORD)), null).statusCode(),
                "signing in again opens a new session");
    }

    /**
     * Opens sessions until one is opened under the new configuration, which the server applies
     * shortly after the console set it: its expiry less than a minute and a half away.
     *
     * @return its token
     */
    private static String awaitSession(String what, LanterneServer.Request open) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            Instant asked = Instant.now();
            HttpResponse<String> answer = open.send();
            if (answer.statusCode() == 201) {
                JsonNode session = LanterneServer.JSON.readTree(answer.body());
                if (Instant.parse(session.get("expiresAt").asText()).isBefore(asked.plus(Duration.ofSeconds(90)))) {
                    return session.get("token").asText();
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " session with the configured idle time of one minute: " + answer.body());
            }
            Thread.sleep(500);
        }
    }
}
