package org.lanterne.workbench.uitest;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The X display the workbench runs on: the build's own ({@code DISPLAY}), or else a private Xvfb
 * started for these tests, so that {@code ./mvnw verify} needs no wrapper.
 */
final class VirtualDisplay implements AutoCloseable {

    private final String name;
    private final Process xvfb;

    private VirtualDisplay(String name, Process xvfb) {
        this.name = name;
        this.xvfb = xvfb;
    }

    static VirtualDisplay open() throws IOException, InterruptedException {
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isBlank()) {
            return new VirtualDisplay(display, null);
        }
        Process xvfb;
        try {
            // -displayfd: Xvfb picks a free display number and writes it once it accepts clients.
            xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            fail("No X display: DISPLAY is not set and Xvfb cannot be started (" + e.getMessage()
                    + "). Install it (Debian package xvfb) or run the build under an X display.");
            throw e;
        }
        BufferedReader out = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII));
        String number = out.readLine();
        if (number == null || !number.strip().matches("\\d+")) {
            xvfb.destroyForcibly();
            xvfb.waitFor(10, TimeUnit.SECONDS);
            fail("Xvfb did not report a display number (got " + number + ")");
        }
        return new VirtualDisplay(":" + number.strip(), xvfb);
    }

    /** @return the value for {@code DISPLAY} */
    String name() {
        return name;
    }

    @Override
    public void close() throws InterruptedException {
        if (xvfb != null) {
            xvfb.destroy();
            if (!xvfb.waitFor(10, TimeUnit.SECONDS)) {
                xvfb.destroyForcibly();
            }
        }
    }
}
