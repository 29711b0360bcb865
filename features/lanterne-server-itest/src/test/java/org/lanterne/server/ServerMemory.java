package org.lanterne.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory of the server's Java process, read from outside as an operator would: the heap with
 * {@code jcmd <pid> GC.heap_info} (no JMX port to open), a full collection with {@code jcmd <pid>
 * GC.run}, the resident size from {@code /proc/<pid>/status}. The {@code jcmd} is the one beside
 * the server's own {@code java}, so that it speaks the same attach protocol.
 */
final class ServerMemory {

    /** Each space of the heap ("garbage-first heap", "PSYoungGen", "tenured generation"...): {@code total 262144K, used 123456K}. */
    private static final Pattern SPACE = Pattern.compile("total (\\d+)K, used (\\d+)K");
    private static final Pattern RESIDENT = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    /** One reading, in bytes. */
    record Sample(long heapUsed, long heapCommitted, long resident) {
    }

    private final long pid;
    private final Path jcmd;

    private ServerMemory(long pid, Path jcmd) {
        this.pid = pid;
        this.jcmd = jcmd;
    }

    /** @param home the server's {@code LANTERNE_HOME}, whose {@code server/karaf.pid} names the running process */
    static ServerMemory of(Path home) throws IOException {
        long pid = Long.parseLong(Files.readString(home.resolve("server/karaf.pid")).strip());
        Path java = Path.of(ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("No server process " + pid)).info().command()
                .orElseThrow(() -> new IllegalStateException("The command of process " + pid + " cannot be read")));
        Path jcmd = java.resolveSibling("jcmd");
        if (!Files.isExecutable(jcmd)) {
            throw new IllegalStateException("The server runs on " + java + ", a Java runtime without jcmd: run it on a JDK");
        }
        return new ServerMemory(pid, jcmd);
    }

    Sample sample() throws IOException, InterruptedException {
        long used = 0;
        long committed = 0;
        Matcher space = SPACE.matcher(jcmd("GC.heap_info"));
        while (space.find()) {
            committed += Long.parseLong(space.group(1)) << 10;
            used += Long.parseLong(space.group(2)) << 10;
        }
        if (committed == 0) {
            throw new IllegalStateException("No heap in the answer of jcmd GC.heap_info");
        }
        Matcher resident = RESIDENT.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        return new Sample(used, committed, resident.find() ? Long.parseLong(resident.group(1)) << 10 : -1);
    }

    /** @return the heap that a full collection leaves: what the server holds on to */
    Sample afterFullCollection() throws IOException, InterruptedException {
        jcmd("GC.run");
        return sample();
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(jcmd.toString(), Long.toString(pid), command)).redirectErrorStream(true).start();
        String output;
        try (InputStream out = process.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + output);
        }
        return output;
    }
}
