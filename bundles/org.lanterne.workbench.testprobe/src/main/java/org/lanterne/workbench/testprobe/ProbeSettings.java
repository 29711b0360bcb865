package org.lanterne.workbench.testprobe;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What the probe is asked to do, read from system properties so that the start script's JVM
 * options drive it.
 *
 * @param report      the report file; {@code null} leaves the workbench alone
 * @param screenshot  the PNG of the main window; {@code null} for none
 * @param showParts   ids of parts to bring forward, read and photograph after start-up
 * @param waitFor     text to wait for in each shown part, {@code null} to wait until it is stable
 * @param close       whether to close the workbench after reporting
 */
public record ProbeSettings(Path report, Path screenshot, List<String> showParts, String waitFor, boolean close) {

    public static final String REPORT = "lanterne.testprobe.report";
    public static final String SCREENSHOT = "lanterne.testprobe.screenshot";
    public static final String SHOW_PARTS = "lanterne.testprobe.show";
    public static final String WAIT_FOR = "lanterne.testprobe.waitfor";
    public static final String CLOSE = "lanterne.testprobe.close";

    public ProbeSettings {
        showParts = List.copyOf(showParts);
    }

    /** @return whether a report was asked for */
    public boolean active() {
        return report != null;
    }

    public static ProbeSettings from(Properties properties) {
        String report = blankToNull(properties.getProperty(REPORT));
        String screenshot = blankToNull(properties.getProperty(SCREENSHOT));
        String show = properties.getProperty(SHOW_PARTS, "");
        List<String> parts = Arrays.stream(show.split(",")).map(String::trim).filter(id -> !id.isEmpty()).toList();
        return new ProbeSettings(report == null ? null : Path.of(report),
                screenshot == null ? null : Path.of(screenshot), parts,
                blankToNull(properties.getProperty(WAIT_FOR)),
                !"false".equalsIgnoreCase(properties.getProperty(CLOSE, "true")));
    }

    /** @return where the screenshot of the shown part {@code partId} goes, next to the main one */
    public Path partScreenshot(String partId) {
        if (screenshot == null) {
            return null;
        }
        return screenshot.resolveSibling(partId + ".png");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
