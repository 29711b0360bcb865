package org.lanterne.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The participant web page ({@code /selfhelp/}) in a real browser, headless Chromium, against a
 * real server of its own with the self-help feature installed at runtime: a participant's whole
 * journey in French and Arabic, and the promises the page makes about privacy.
 */
class SelfHelpBrowserIT {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("lanterne.screenshots"));
    private static final Path MESSAGES = LanterneServer.PROJECT.resolve("bundles/org.lanterne.selfhelp.web/src/main/resources/selfhelp/messages");
    private static final Pattern RESUME_CODE = Pattern.compile("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");
    private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");
    private static final String PASSPHRASE = "lune pâle sur la rivière";
    /** The API's refusal of a code, in the page's language (org.lanterne.selfhelp.rest's errors_fr and _ar). */
    private static final String REFUSED_FR = "Code inconnu ou phrase secrète erronée.";
    private static final String REFUSED_AR = "رمز غير معروف أو عبارة سرية خاطئة.";
    /** The built-in programme with questionnaires. */
    private static final String PROGRAMME = "taking-care";

    @TempDir
    static Path home;

    static LanterneServer server;
    static Map<String, String> fr;
    static Map<String, String> ar;

    @BeforeAll
    static void startServerWithTheSelfHelpFeature() throws Exception {
        fr = messages("fr");
        ar = messages("ar");
        server = LanterneServer.onFreePorts(home);
        server.succeed("", "server", "start");
        server.succeed("", "server", "console", "feature:install", "lanterne-selfhelp");
        LanterneServer.awaitStatus(200, 60, () -> server.get("/selfhelp/", null));
        LanterneServer.awaitStatus(200, 60, () -> server.get("/api/v1/selfhelp/programmes?lang=fr", null));
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.run("server", "stop");
    }

    @Test
    void thePageAndItsFilesComeWithAStrictPolicyAndNothingElseOfTheBundleIsServed() throws Exception {
        for (String path : List.of("/selfhelp/", "/selfhelp/js/main.js", "/selfhelp/messages/ar.json", "/selfhelp/no-such-file.js")) {
            HttpResponse<String> response = server.get(path, null);
            String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("default-src 'self'"), path + ": " + policy);
            assertTrue(policy.contains("script-src 'self'"), path + ": " + policy);
            assertFalse(policy.contains("unsafe-"), path + ": " + policy);
            assertFalse(policy.contains("http"), path + " allows another origin: " + policy);
            assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), path);
            assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), path);
        }
        assertEquals("text/html;charset=utf-8", contentType("/selfhelp/"));
        assertEquals("text/javascript;charset=utf-8", contentType("/selfhelp/js/main.js"));
        assertEquals("application/json;charset=utf-8", contentType("/selfhelp/messages/ar.json"));
        HttpResponse<String> withoutSlash = server.get("/selfhelp", null);
        assertEquals(302, withoutSlash.statusCode());
        assertTrue(withoutSlash.headers().firstValue("Location").orElse("").endsWith("/selfhelp/"), withoutSlash.headers().toString());
        assertEquals(404, server.get("/selfhelp/no-such-file.js", null).statusCode());
        assertEquals(404, server.get("/selfhelp/org/lanterne/selfhelp/web/SelfHelpPageServlet.class", null).statusCode());
        HttpResponse<String> escaping = server.get("/selfhelp/..%2FMETA-INF%2FMANIFEST.MF", null);
        assertTrue(escaping.statusCode() >= 400, escaping.statusCode() + " " + escaping.body()); // Jetty may refuse it before the servlet does
    }

    @Test
    void aParticipantEnrolsWorksLeavesResumesElsewhereInArabicFindsHelpAndWithdraws() throws Exception {
        String resumeCode;
        String module;
        ParticipantBrowser first = ParticipantBrowser.open(server.uri("/selfhelp/"));
        try (first) {
            resumeCode = enrolInFrench(first);
            module = markTheFirstModuleDone(first);
            answerTheQuestionnaireDue(first);
            leave(first);
        }
        // another device: a browser that knows nothing of the first
        ParticipantBrowser elsewhere = ParticipantBrowser.open(server.uri("/selfhelp/"));
        try (elsewhere) {
            resume(elsewhere, resumeCode, module);
            switchToArabic(elsewhere);
            openHelpNow(elsewhere);
            withdraw(elsewhere);
            assertTheCodeNoLongerWorks(elsewhere, resumeCode);
        }
        assertOnlyThisServerWasAskedAndThePolicyHeld(first);
        assertOnlyThisServerWasAskedAndThePolicyHeld(elsewhere);
        assertTrue(elsewhere.requestedUrls().contains(server.uri("/api/v1/selfhelp/help?country=MA&lang=ar").toString()), "Help now for Morocco");
    }

    /** @return the type the server gives {@code path}, without the spaces Jetty may leave out */
    private static String contentType(String path) throws IOException, InterruptedException {
        return server.get(path, null).headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private String enrolInFrench(ParticipantBrowser browser) throws IOException, InterruptedException {
        browser.click(By.cssSelector("main button[lang=fr]"));
        browser.awaitScreen(fr.get("programmes.title"));
        assertEquals("fr", browser.attribute(By.tagName("html"), "lang"));
        browser.clickButtonUnder(programmeTitle("fr"), fr.get("programmes.open"));

        browser.clickButton(fr.get("programme.enrol"));
        browser.await(ExpectedConditions.textToBe(By.cssSelector("main .problem"), fr.get("programme.consentRequired")));
        browser.tick(fr.get("programme.consentAccept"));
        new Select(browser.field(fr.get("programme.country"))).selectByIndex(1);
        browser.type(fr.get("programme.passphrase"), PASSPHRASE);
        browser.clickButton(fr.get("programme.enrol"));

        browser.awaitScreen(fr.get("code.title"));
        String resumeCode = browser.find(By.id("resume-code")).getText();
        assertTrue(RESUME_CODE.matcher(resumeCode).matches(), resumeCode);
        browser.screenshot(SCREENSHOTS.resolve("selfhelp-fr-code.png"));
        browser.clickButton(fr.get("code.continue"));
        browser.await(ExpectedConditions.textToBe(By.cssSelector("main .problem"), fr.get("code.writtenRequired")));
        browser.tick(fr.get("code.written"));
        browser.clickButton(fr.get("code.continue"));
        browser.find(By.cssSelector("main progress"));
        assertEquals("0", browser.attribute(By.cssSelector("main progress"), "value"));
        assertEquals(List.of("selfhelp.language", "selfhelp.token"), storedKeys(browser));
        return resumeCode;
    }

    /** @return the module's title */
    private String markTheFirstModuleDone(ParticipantBrowser browser) {
        String title = browser.find(By.cssSelector("main ol.items li .title")).getText();
        browser.clickButton(fr.get("progress.read"));
        browser.awaitScreen(title);
        assertFalse(browser.find(By.cssSelector("main .page .content")).getText().isBlank());
        browser.clickButton(fr.get("module.markDone"));
        browser.find(By.cssSelector("main ol.items li.done"));
        assertTrue(Double.parseDouble(browser.attribute(By.cssSelector("main progress"), "value")) > 0);
        return title;
    }

    private void answerTheQuestionnaireDue(ParticipantBrowser browser) {
        browser.clickButton(fr.get("progress.answer"));
        browser.find(By.cssSelector("main form fieldset.item"));
        for (WebElement item : browser.findAll(By.cssSelector("main fieldset.item"))) {
            item.findElement(By.cssSelector("label")).click();
        }
        browser.clickButton(fr.get("questionnaire.submit"));
        String result = Pattern.quote(fr.get("questionnaire.result")).replace("{total}", "\\E\\d+\\Q").replace("{band}", "\\E.+\\Q");
        String shown = browser.find(By.cssSelector("main .result")).getText();
        assertTrue(shown.matches(result), shown);
        browser.clickButton(fr.get("common.backToProgress"));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main ul.items"), fr.get("progress.answered")));
    }

    private void leave(ParticipantBrowser browser) {
        browser.clickButton(fr.get("progress.leave"));
        browser.awaitScreen(fr.get("left.title"));
        assertEquals(List.of("selfhelp.language"), storedKeys(browser), "the token must go with the session");
        assertEquals("", browser.script("return document.cookie"));
        assertEquals(0L, browser.script("return localStorage.length"));
    }

    private void resume(ParticipantBrowser browser, String resumeCode, String module) {
        browser.click(By.cssSelector("main button[lang=fr]"));
        browser.clickButton(fr.get("programmes.resume"));
        browser.awaitScreen(fr.get("resume.title"));
        browser.type(fr.get("resume.code"), resumeCode.toLowerCase(Locale.ROOT)); // as typed in haste
        browser.clickButton(fr.get("resume.submit"));
        // without the passphrase chosen at enrolment, the code alone is refused, as the API says it in French
        browser.await(ExpectedConditions.textToBe(By.cssSelector("main .problem"), REFUSED_FR));
        browser.type(fr.get("resume.passphrase"), PASSPHRASE);
        browser.clickButton(fr.get("resume.submit"));
        browser.find(By.cssSelector("main progress"));
        assertEquals(module, browser.find(By.cssSelector("main ol.items li.done .title")).getText());
    }

    private void switchToArabic(ParticipantBrowser browser) throws IOException {
        browser.click(By.cssSelector("header button[lang=ar]"));
        browser.await(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        assertEquals("ar", browser.attribute(By.tagName("html"), "lang"));
        browser.await(ExpectedConditions.textToBe(By.cssSelector("main .progress label"), ar.get("progress.label")));
        assertTrue(ARABIC.matcher(browser.find(By.cssSelector("main h1")).getText()).find(), "the programme's title in Arabic");
        assertEquals(ar.get("help.button"), browser.find(By.id("help-now")).getText());
        browser.screenshot(SCREENSHOTS.resolve("selfhelp-ar-progress.png"));
    }

    private void openHelpNow(ParticipantBrowser browser) {
        browser.click(By.id("help-now"));
        browser.await(ExpectedConditions.textToBe(By.id("help-title"), ar.get("help.title")));
        assertFalse(browser.findAll(By.cssSelector("#help .helplines li")).isEmpty());
        WebElement country = browser.find(By.cssSelector("#help select"));
        new Select(country).selectByValue("MA");
        browser.await(ExpectedConditions.stalenessOf(country)); // drawn again with Morocco's helplines
        assertEquals("MA", new Select(browser.find(By.cssSelector("#help select"))).getFirstSelectedOption().getDomAttribute("value"));
        assertFalse(browser.findAll(By.cssSelector("#help .helplines li")).isEmpty());
        browser.click(By.cssSelector("#help button"));
        browser.await(ExpectedConditions.invisibilityOfElementLocated(By.id("help")));
    }

    private void withdraw(ParticipantBrowser browser) {
        browser.clickButton(ar.get("progress.withdraw"));
        browser.awaitScreen(ar.get("withdraw.title"));
        browser.clickButton(ar.get("withdraw.submit"));
        browser.await(ExpectedConditions.textToBe(By.cssSelector("main .problem"), ar.get("withdraw.confirmRequired")));
        browser.tick(ar.get("withdraw.confirm"));
        browser.clickButton(ar.get("withdraw.submit"));
        browser.awaitScreen(ar.get("withdrawn.title"));
        assertEquals(List.of("selfhelp.language"), storedKeys(browser));
    }

    private void assertTheCodeNoLongerWorks(ParticipantBrowser browser, String resumeCode) throws Exception {
        browser.clickButton(ar.get("programmes.title"));
        browser.clickButton(ar.get("programmes.resume"));
        browser.type(ar.get("resume.code"), resumeCode);
        browser.type(ar.get("resume.passphrase"), PASSPHRASE);
        browser.clickButton(ar.get("resume.submit"));
        browser.await(ExpectedConditions.textToBe(By.cssSelector("main .problem"), REFUSED_AR));

        HttpResponse<String> refused = server.postJson("/api/v1/selfhelp/sessions",
                LanterneServer.JSON.writeValueAsString(Map.of("resumeCode", resumeCode, "passphrase", PASSPHRASE)), null);
        assertEquals(401, refused.statusCode(), refused.body());
    }

    private static String programmeTitle(String language) throws IOException, InterruptedException {
        HttpResponse<String> programmes = server.get("/api/v1/selfhelp/programmes?lang=" + language, null);
        for (JsonNode programme : LanterneServer.JSON.readTree(programmes.body())) {
            if (programme.get("id").asText().equals(PROGRAMME)) {
                return programme.get("title").asText();
            }
        }
        throw new AssertionError(PROGRAMME + " is not offered: " + programmes.body());
    }

    @SuppressWarnings("unchecked")
    private static List<String> storedKeys(ParticipantBrowser browser) {
        return (List<String>) browser.script("return Object.keys(sessionStorage).sort()");
    }

    private static void assertOnlyThisServerWasAskedAndThePolicyHeld(ParticipantBrowser browser) {
        String origin = server.uri("/").toString();
        assertTrue(browser.requestedUrls().size() > 10, browser.requestedUrls().toString());
        for (String url : browser.requestedUrls()) {
            assertTrue(url.startsWith(origin), "a request to another origin: " + url);
        }
        for (String message : browser.consoleMessages()) {
            assertFalse(message.contains("Content Security Policy") || message.contains("Uncaught"), message);
        }
    }

    private static Map<String, String> messages(String language) throws IOException {
        return LanterneServer.JSON.readValue(MESSAGES.resolve(language + ".json").toFile(), new TypeReference<Map<String, String>>() {
        });
    }
}
