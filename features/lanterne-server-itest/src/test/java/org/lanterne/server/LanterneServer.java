package org.lanterne.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One server installation for a test: its own LANTERNE_HOME and free loopback ports, so that server
 * tests can run side by side; driven through {@code ./lanterne} as an operator would, and spoken
 * to over HTTP as a client would.
 */
final class LanterneServer {

    static final Path PROJECT = Path.of(System.getProperty("lanterne.project.root"));
    static final Path DISTRIBUTION = Path.of(System.getProperty("lanterne.server.home"));
    static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What a {@code ./lanterne} command printed and how it ended. */
    record Result(int exitCode, String output) {
    }

    /** A request that can be sent again while waiting for its answer to change. */
    @FunctionalInterface
    interface Request {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    final Path home;
    final int port;
    final int consolePort;

    LanterneServer(Path home, int port, int consolePort) {
        this.home = home;
        this.port = port;
        this.consolePort = consolePort;
    }

    /** @return an installation in {@code home} on two free loopback ports (not started) */
    static LanterneServer onFreePorts(Path home) throws IOException {
        return new LanterneServer(home, freePort(), freePort());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Runs {@code ./lanterne} with this installation's home and ports, giving it {@code input} on standard input. */
    Result runWithInput(String input, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(PROJECT.resolve("lanterne").toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("LANTERNE_HOME", home.toString());
        env.put("LANTERNE_PORT", Integer.toString(port));
        env.put("LANTERNE_CONSOLE_PORT", Integer.toString(consolePort));
        env.put("LANTERNE_SERVER_DIST", DISTRIBUTION.toString());
        Process process = builder.start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String output;
        try (InputStream out = process.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("./lanterne " + String.join(" ", arguments) + " did not finish: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    Result run(String... arguments) throws IOException, InterruptedException {
        return runWithInput("", arguments);
    }

    /** Runs the command and fails the test, with its output, unless it succeeds. */
    Result succeed(String input, String... arguments) throws IOException, InterruptedException {
        Result result = runWithInput(input, arguments);
        assertEquals(0, result.exitCode(), result.output());
        return result;
    }

    /** Adds an account through {@code ./lanterne user add}, as the administrator {@code first-admin} (created first if {@code role} is administrator and none exists yet). */
    void addUser(String adminPassword, String name, String role, String password) throws IOException, InterruptedException {
        if (name.equals("first-admin")) {
            succeed(adminPassword + "\n", "user", "add", name, "--role", role);
        } else {
            succeed(adminPassword + "\n" + password + "\n", "user", "add", name, "--role", role, "--as", "first-admin");
        }
    }

    String signIn(String name, String password) throws IOException, InterruptedException {
        HttpResponse<String> signedIn = postJson("/api/v1/sessions", JSON.writeValueAsString(Map.of("name", name, "password", password)), null);
        assertEquals(201, signedIn.statusCode(), signedIn.body());
        return JSON.readTree(signedIn.body()).get("token").asText();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** @param token a session token, or {@code null} to send none */
    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send(authorized(HttpRequest.newBuilder(uri(path)).GET(), token));
    }

    /** @param token a session token, or {@code null} to send none */
    HttpResponse<String> postJson(String path, String json, String token) throws IOException, InterruptedException {
        return send(authorized(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), token));
    }

    /** @param token a session token, or {@code null} to send none; the answer is kept as bytes (a zip, for example) */
    HttpResponse<byte[]> postJsonForBytes(String path, String json, String token) throws IOException, InterruptedException {
        return HTTP.send(authorized(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), token).timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends {@code content} as the part {@code file} of a multipart body, as a browser's upload form does. */
    HttpResponse<String> postFile(String path, String fileName, byte[] content, String token) throws IOException, InterruptedException {
        String boundary = "lanterne-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(authorized(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), token));
    }

    static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** @return the files of a zip by name, in the zip's order */
    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /** Waits up to {@code seconds} for an endpoint that a feature just installed to answer with {@code status}. */
    static void awaitStatus(int status, int seconds, Request request) throws IOException, InterruptedException {
        HttpResponse<String> last = request.send();
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds); last.statusCode() != status
                && System.nanoTime() < deadline;) {
            Thread.sleep(200);
            last = request.send();
        }
        assertEquals(status, last.statusCode(), last.body());
    }
}
