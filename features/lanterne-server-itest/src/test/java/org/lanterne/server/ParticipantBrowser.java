package org.lanterne.server;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A fresh headless Chromium, with a profile of its own, driven through Debian's chromedriver: the
 * paths are given, so Selenium never looks for (or downloads) a browser or a driver. It records
 * every request the page makes and every message of its console.
 */
final class ParticipantBrowser implements AutoCloseable {

    /** Debian's {@code chromium} and {@code chromium-driver} packages (bin/install-prerequisites). */
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final List<String> requestedUrls = new ArrayList<>();
    private final List<String> consoleMessages = new ArrayList<>();

    private ParticipantBrowser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Starts a browser that knows nothing of earlier ones and opens {@code page}. */
    static ParticipantBrowser open(URI page) {
        for (Path program : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(program)) {
                throw new AssertionError(program + " is missing: run bin/install-prerequisites (Debian's chromium and chromium-driver)");
            }
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL); // the network events, among others
        logs.enable(LogType.BROWSER, Level.ALL);
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--window-size=1024,900", "--no-first-run", "--disable-extensions",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps");
        if ("root".equals(System.getProperty("user.name"))) {
            options.addArguments("--no-sandbox"); // Chromium's sandbox refuses to run as root (containers)
        }
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ParticipantBrowser browser = new ParticipantBrowser(new ChromeDriver(service, options));
        browser.driver.get(page.toString());
        return browser;
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** @return the control of the screen labelled {@code label} */
    WebElement field(String label) {
        return driver.findElement(By.id(find(By.xpath("//main//label[normalize-space()=" + xpathString(label) + "]")).getDomAttribute("for")));
    }

    /** Waits until the element can be clicked, and clicks it. */
    void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** Clicks the button of the screen that reads {@code text}. */
    void clickButton(String text) {
        click(button(text));
    }

    /** Clicks the button that reads {@code text} in the list item headed {@code heading}. */
    void clickButtonUnder(String heading, String text) {
        click(By.xpath("//main//li[h2[normalize-space()=" + xpathString(heading) + "]]//button[normalize-space()=" + xpathString(text) + "]"));
    }

    /** @return the button of the screen (not of the header) that reads {@code text} */
    static By button(String text) {
        return By.xpath("//main//button[normalize-space()=" + xpathString(text) + "]");
    }

    /** Types {@code text} into the field labelled {@code label}, instead of what it held. */
    void type(String label, String text) {
        WebElement element = field(label);
        element.clear();
        element.sendKeys(text);
    }

    /** Ticks the checkbox whose label reads {@code label}. */
    void tick(String label) {
        click(By.xpath("//label[normalize-space()=" + xpathString(label) + "]"));
    }

    /** Waits until the screen's heading reads {@code title}. */
    void awaitScreen(String title) {
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), title));
    }

    void await(ExpectedCondition<?> condition) {
        wait.until(condition);
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    String attribute(By by, String name) {
        return find(by).getDomAttribute(name);
    }

    /** Saves what the participant sees from the top of the page, the header included. */
    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        script("window.scrollTo(0, 0)");
        File taken = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(taken.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** @return every URL the page asked for, in order: complete once the browser is closed */
    List<String> requestedUrls() {
        return List.copyOf(requestedUrls);
    }

    /** @return every message of the page's console: complete once the browser is closed */
    List<String> consoleMessages() {
        return List.copyOf(consoleMessages);
    }

    /** The browser hands its logs out once: they are kept here so that they outlive it. */
    private void collectLogs() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = readJson(entry.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                requestedUrls.add(message.at("/params/request/url").asText());
            }
        }
        driver.manage().logs().get(LogType.BROWSER).forEach(entry -> consoleMessages.add(entry.getLevel() + " " + entry.getMessage()));
    }

    private static JsonNode readJson(String json) {
        try {
            return LanterneServer.JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** An XPath string literal for any text, quotes included. */
    private static String xpathString(String text) {
        return text.contains("'") ? "concat('" + text.replace("'", "', \"'\", '") + "')" : "'" + text + "'";
    }

    @Override
    public void close() {
        collectLogs();
        driver.quit();
    }
}
