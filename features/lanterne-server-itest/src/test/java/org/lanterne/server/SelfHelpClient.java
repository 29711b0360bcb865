package org.lanterne.server;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The calls the participant web page makes to the self-help API, each answer given back as it
 * came so that callers decide what status they expect. Only the enrolment and the resumption
 * carry no token; a resume code only ever travels in a request body.
 */
final class SelfHelpClient {

    private static final String ME = "/api/v1/selfhelp/me";

    private final LanterneServer server;

    SelfHelpClient(LanterneServer server) {
        this.server = server;
    }

    /** @param passphrase the passphrase to choose, or {@code null} for none */
    HttpResponse<String> enrol(String programme, String language, String passphrase) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("programme", programme, "language", language, "consent", true));
        if (passphrase != null) {
            body.put("passphrase", passphrase);
        }
        return server.postJson("/api/v1/selfhelp/enrolments", LanterneServer.JSON.writeValueAsString(body), null);
    }

    /** @param passphrase the passphrase chosen at enrolment, or {@code null} */
    HttpResponse<String> resume(String code, String passphrase) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("resumeCode", code));
        if (passphrase != null) {
            body.put("passphrase", passphrase);
        }
        return server.postJson("/api/v1/selfhelp/sessions", LanterneServer.JSON.writeValueAsString(body), null);
    }

    HttpResponse<String> progress(String token) throws IOException, InterruptedException {
        return server.get(ME, token);
    }

    HttpResponse<String> module(String token, String module, String language) throws IOException, InterruptedException {
        return server.get(ME + "/modules/" + module + "?lang=" + language, token);
    }

    HttpResponse<String> moduleDone(String token, String module) throws IOException, InterruptedException {
        return server.postJson(ME + "/modules/" + module + "/done", "{}", token);
    }

    HttpResponse<String> form(String token, String questionnaire, String language) throws IOException, InterruptedException {
        return server.get(ME + "/questionnaires/" + questionnaire + "?lang=" + language, token);
    }

    /** @param answers the answers by item id */
    HttpResponse<String> answer(String token, String questionnaire, Map<String, String> answers) throws IOException, InterruptedException {
        return server.postJson(ME + "/questionnaires/" + questionnaire, LanterneServer.JSON.writeValueAsString(Map.of("answers", answers)), token);
    }

    HttpResponse<String> signOut(String token) throws IOException, InterruptedException {
        return server.send(LanterneServer.authorized(HttpRequest.newBuilder(server.uri("/api/v1/selfhelp/sessions/current")).DELETE(), token));
    }

    HttpResponse<String> withdraw(String token) throws IOException, InterruptedException {
        return server.send(LanterneServer.authorized(HttpRequest.newBuilder(server.uri(ME)).DELETE(), token));
    }

    /** @return a text field of a JSON answer */
    static String field(HttpResponse<String> response, String name) throws IOException {
        return LanterneServer.JSON.readTree(response.body()).get(name).asText();
    }
}
