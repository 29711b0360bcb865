package org.lanterne.selfhelp.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The page's files keep the promises of its Content-Security-Policy by themselves, so that the
 * policy never has to be loosened: no inline script or style, nothing from another origin.
 */
class PageFilesTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_HANDLER_OR_STYLE = Pattern.compile("\\s(on[a-z]+|style)\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER_ORIGIN = Pattern.compile("(?:https?:|[\"'(])//[a-z0-9-]+\\.[a-z]", Pattern.CASE_INSENSITIVE);
    private static final Pattern BROWSER_STORAGE = Pattern.compile("localStorage|document\\.cookie|indexedDB|innerHTML|outerHTML|insertAdjacentHTML|eval\\(");

    static List<Path> pageFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(PageFilesTest.class.getResource(PageResources.FOLDER).toURI());
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void thePageHasNoInlineScriptHandlerOrStyle() throws Exception {
        String html = Files.readString(Path.of(PageFilesTest.class.getResource(PageResources.FOLDER + "/index.html").toURI()));
        assertFalse(INLINE_SCRIPT.matcher(html).find(), "inline <script>");
        assertFalse(INLINE_HANDLER_OR_STYLE.matcher(html).find(), "on...= or style= attribute");
    }

    @Test
    void noFileNamesAnotherOrigin() throws Exception {
        for (Path file : pageFiles()) {
            assertFalse(OTHER_ORIGIN.matcher(Files.readString(file)).find(), file + " names another origin");
        }
    }

    @Test
    void noScriptKeepsAnythingInTheBrowserOrWritesMarkup() throws Exception {
        List<Path> scripts = pageFiles().stream().filter(file -> file.toString().endsWith(".js")).toList();
        assertTrue(scripts.size() > 5, scripts.toString());
        for (Path script : scripts) {
            assertFalse(BROWSER_STORAGE.matcher(Files.readString(script)).find(), script.toString());
        }
    }
}
