package org.lanterne.workbench.uitest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One unpacked copy of the product archive, with the test probe bundle added, started the way a
 * user starts it: through {@code lanterne-workbench.sh}.
 */
final class WorkbenchInstallation {

    /** The first administrator every run creates through the sign-in window, then signs in as. */
    static final String USER = "admin";
    /** Its password, a test fixture that follows the password rules. */
    static final String PASSWORD = "quiet-river-evening-7";

    static final String ROOT_FOLDER = "lanterne-workbench";
    static final String SCRIPT = "lanterne-workbench.sh";
    private static final String BUNDLES_INFO = "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info";

    private final Path work;
    private final Path home;
    private final String display;

    private WorkbenchInstallation(Path work, Path home, String display) {
        this.work = work;
        this.home = home;
        this.display = display;
    }

    /** Unpacks the archive under {@code work} (emptied first) and adds the test probe; runs use {@code display}. */
    static WorkbenchInstallation unpack(Path archive, Path testProbe, String display, Path work) throws IOException, InterruptedException {
        deleteTree(work);
        Files.createDirectories(work);
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", work.toString())
                .redirectErrorStream(true).start();
        String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(tar.waitFor(60, TimeUnit.SECONDS), "tar did not finish");
        assertEquals(0, tar.exitValue(), "tar failed: " + output);
        Path home = work.resolve(ROOT_FOLDER);
        assertTrue(Files.isExecutable(home.resolve(SCRIPT)), SCRIPT + " is missing or not executable in " + home);
        WorkbenchInstallation installation = new WorkbenchInstallation(work, home, display);
        installation.addBundle(testProbe);
        return installation;
    }

    Path home() {
        return home;
    }

    /** @return the symbolic names listed in bundles.info, the installation's bundle list */
    List<String> bundles() throws IOException {
        return Files.readAllLines(home.resolve(BUNDLES_INFO)).stream().filter(line -> !line.startsWith("#"))
                .map(line -> line.substring(0, line.indexOf(','))).toList();
    }

    /** Copies a bundle into plugins/ and lists it in bundles.info, started lazily at level 4. */
    void addBundle(Path jar) throws IOException {
        String symbolicName;
        String version;
        try (JarFile file = new JarFile(jar.toFile())) {
            symbolicName = file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName").split(";")[0].trim();
            version = file.getManifest().getMainAttributes().getValue("Bundle-Version").trim();
        }
        String fileName = symbolicName + "_" + version + ".jar";
        Files.copy(jar, home.resolve("plugins").resolve(fileName));
        Files.writeString(home.resolve(BUNDLES_INFO),
                symbolicName + "," + version + ",plugins/" + fileName + ",4,false\n",
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** Takes a bundle out of bundles.info, as removing a capability from an installation does. */
    void removeBundle(String symbolicName) throws IOException {
        Path info = home.resolve(BUNDLES_INFO);
        List<String> lines = Files.readAllLines(info);
        List<String> kept = lines.stream().filter(line -> !line.startsWith(symbolicName + ",")).toList();
        assertEquals(lines.size() - 1, kept.size(), symbolicName + " was not listed exactly once in bundles.info");
        Files.write(info, kept);
    }

    /** What one run of the workbench reported. */
    record Run(Properties report, Path screenshot, Path log, long wallMillis) {

        String get(String key) {
            String value = report.getProperty(key);
            if (value == null) {
                fail("the probe reported no " + key + "; report: " + report + "\nlog: " + log);
            }
            return value;
        }

        List<String> list(String key) {
            String value = get(key);
            return value.isEmpty() ? List.of() : List.of(value.split(","));
        }
    }

    /**
     * Starts the workbench through its script with the probe switched on, and waits for it to
     * report and close. The process is killed when it overruns {@code timeoutSeconds}.
     *
     * @param name      names the run's folders under the work folder
     * @param locale    the LANTERNE_LOCALE to start with, or {@code null}
     * @param probe     further probe settings, as system properties (values without spaces); unless
     *                  they name another account, the probe signs in as {@link #USER}
     */
    Run start(String name, String locale, Map<String, String> probe, int timeoutSeconds)
            throws IOException, InterruptedException {
        return start(name, data(name), locale, probe, timeoutSeconds);
    }

    /** Like {@link #start(String, String, Map, int)}, on the data folder {@code data}, for example that of an earlier run. */
    Run start(String name, Path data, String locale, Map<String, String> probe, int timeoutSeconds)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process process = launch(name, data, locale, probe);
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        long wallMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        if (!finished) {
            kill(process);
            fail("the workbench (" + name + ") did not close within " + timeoutSeconds + " s; log:\n" + tail(log(name)));
        }
        if (!Files.exists(report(name))) {
            fail("the workbench (" + name + ") exited with " + process.exitValue()
                    + " without a probe report; log:\n" + tail(log(name)));
        }
        return read(name, wallMillis);
    }

    /**
     * Starts the workbench, waits until the probe reports a checkpoint, then kills it with SIGKILL,
     * as a crash or a power cut would: nothing of the workbench runs on the way out.
     */
    Run startThenKill(String name, String locale, Map<String, String> probe, int timeoutSeconds)
            throws IOException, InterruptedException {
        return startThenKill(name, data(name), locale, probe, timeoutSeconds);
    }

    /** Like {@link #startThenKill(String, String, Map, int)}, on the data folder {@code data}, for example that of an earlier run. */
    Run startThenKill(String name, Path data, String locale, Map<String, String> probe, int timeoutSeconds)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        long deadline = started + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        Process process = launch(name, data, locale, probe);
        while (!checkpointed(name) && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        boolean reached = checkpointed(name);
        kill(process);
        if (!reached) {
            fail("the workbench (" + name + ") reported no checkpoint within " + timeoutSeconds + " s; log:\n" + tail(log(name)));
        }
        return read(name, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** @return the data folder of the run {@code name}: its database, keys and workbench state */
    Path data(String name) {
        return runFolder(name).resolve("data");
    }

    private Process launch(String name, Path data, String locale, Map<String, String> probe) throws IOException {
        Files.createDirectories(runFolder(name));
        List<String> vmArgs = new ArrayList<>();
        vmArgs.add("-Dlanterne.testprobe.report=" + report(name));
        vmArgs.add("-Dlanterne.testprobe.screenshot=" + runFolder(name).resolve("window.png"));
        if (!probe.containsKey("lanterne.testprobe.user")) {
            vmArgs.add("-Dlanterne.testprobe.user=" + USER);
            vmArgs.add("-Dlanterne.testprobe.password=" + PASSWORD);
        }
        probe.forEach((key, value) -> vmArgs.add("-D" + key + "=" + value));
        for (String arg : vmArgs) {
            // LANTERNE_VM_ARGS is split at spaces by the script.
            assertTrue(arg.chars().noneMatch(Character::isWhitespace), "no spaces allowed in " + arg);
        }

        ProcessBuilder builder = new ProcessBuilder(home.resolve(SCRIPT).toString(), "-consoleLog")
                .directory(runFolder(name).toFile()).redirectErrorStream(true).redirectOutput(log(name).toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("DISPLAY", display);
        environment.put("LANTERNE_DATA", data.toString());
        environment.put("LANTERNE_VM_ARGS", String.join(" ", vmArgs));
        if (locale != null) {
            environment.put("LANTERNE_LOCALE", locale);
        } else {
            environment.remove("LANTERNE_LOCALE");
        }
        return builder.start();
    }

    // SIGKILL for the script and the JVM it started.
    private static void kill(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    private boolean checkpointed(String name) throws IOException {
        Path report = report(name);
        return Files.exists(report) && Files.readString(report).contains("probe.checkpoint=true");
    }

    private Run read(String name, long wallMillis) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(report(name))) {
            properties.load(in);
        }
        if (properties.containsKey("probe.error")) {
            fail("the probe failed inside the workbench (" + name + "):\n" + properties.getProperty("probe.error"));
        }
        return new Run(properties, runFolder(name).resolve("window.png"), log(name), wallMillis);
    }

    private Path runFolder(String name) {
        return work.resolve("run-" + name);
    }

    private Path report(String name) {
        return runFolder(name).resolve("report.properties");
    }

    private Path log(String name) {
        return runFolder(name).resolve("workbench.log");
    }

    static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return lines.subList(Math.max(0, lines.size() - 60), lines.size()).stream().collect(Collectors.joining("\n"));
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
