package org.lanterne.literature.provider;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import org.lanterne.literature.api.FileOutcome;
import org.lanterne.literature.api.ImportReport;

/**
 * Imports one folder of documents with Lanterne and indexes the same folder with Debian's
 * {@code recollindex}, each in a process of its own timed by GNU {@code time} (wall time and peak
 * resident memory), alternating the two; then re-indexes Lanterne's library from its stored
 * text and measures search latency over an index of page-sized records
 * ({@link SearchLatency}). Arguments: the corpus folder, a work folder and the number of runs.
 * {@code bin/literature-benchmark} installs the corpus and the tools and runs it.
 */
public final class LiteratureBenchmark {

    /** The library's settings in every part of the benchmark: the defaults of the configuration. */
    static Library open(Path folder) throws IOException {
        return Library.open(new Library.Settings(folder, new Extractor.Limits(200L << 20, 20_000_000, Duration.ofSeconds(120), 100), 25));
    }

    private LiteratureBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("import")) {
            importInThisProcess(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
            return;
        }
        Path corpus = Path.of(args[0]).toAbsolutePath();
        Path work = Path.of(args[1]).toAbsolutePath();
        int runs = Integer.parseInt(args[2]);
        Files.createDirectories(work);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        System.out.printf(Locale.ROOT, "corpus: %d files, %.1f MB (%d PDF), %d cores%n", files.size(), bytes / 1e6,
                files.stream().filter(f -> f.toString().endsWith(".pdf")).count(), Runtime.getRuntime().availableProcessors());

        List<Timed> recoll = new ArrayList<>();
        List<Timed> lanterne = new ArrayList<>();
        Path library = work.resolve("library");
        for (int run = 1; run <= runs; run++) {
            recoll.add(recoll(corpus, work.resolve("recoll")));
            delete(library);
            Timed timed = lanterne(corpus, library, work.resolve("import.properties"));
            lanterne.add(timed);
            Timed other = recoll.get(run - 1);
            System.out.printf(Locale.ROOT, "run %d: recollindex %.1f s (%.1f s of processor), %d MB peak (%s); Lanterne %.1f s (%.1f s of processor), "
                    + "%d MB peak (%s)%n", run, other.seconds(), other.cpuSeconds(), other.peakMegabytes(), other.detail(), timed.seconds(),
                    timed.cpuSeconds(), timed.peakMegabytes(), timed.detail());
        }
        report("recollindex", recoll, files.size(), bytes);
        report("Lanterne import", lanterne, files.size(), bytes);
        System.out.printf(Locale.ROOT, "Lanterne / recollindex throughput: %.2f%n", median(recoll) / median(lanterne));

        try (Library reopened = open(library)) {
            ReindexFigures.print("corpus", reopened);
        }
        SearchLatency.run(library, work.resolve("pages"));
    }

    /** Wall seconds, processor seconds (user and system, over every core), peak resident memory. */
    record Timed(double seconds, double cpuSeconds, long peakMegabytes, String detail) {
    }

    private static Timed recoll(Path corpus, Path folder) throws IOException, InterruptedException {
        delete(folder);
        Files.createDirectories(folder);
        // recollindex lowers its own priority by default (idxniceprio 19): on a shared machine that
        // would measure the other processes; both indexers run at the normal priority
        Files.writeString(folder.resolve("recoll.conf"), "topdirs = " + corpus + "\nidxniceprio = 0\n");
        Timed timed = timed(List.of("recollindex", "-c", folder.toString(), "-z"), folder.resolve("time.txt"), folder.resolve("log.txt"));
        // every PDF must have gone through recoll's PDF filter (pdftotext), or the comparison is void
        Process query = new ProcessBuilder("recollq", "-c", folder.toString(), "-b", "mime:application/pdf")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long pdfs = new String(query.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().count();
        query.waitFor();
        return new Timed(timed.seconds(), timed.cpuSeconds(), timed.peakMegabytes(), pdfs + " PDFs indexed");
    }

    private static Timed lanterne(Path corpus, Path library, Path results) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Timed timed = timed(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), LiteratureBenchmark.class.getName(),
                "import", corpus.toString(), library.toString(), results.toString()), library.resolveSibling("time.txt"),
                library.resolveSibling("import-log.txt"));
        Properties counts = new Properties();
        try (var in = Files.newInputStream(results)) {
            counts.load(in);
        }
        return new Timed(timed.seconds(), timed.cpuSeconds(), timed.peakMegabytes(), counts.getProperty("summary"));
    }

    /** Runs a command under GNU time: wall seconds and peak resident memory of the process tree's largest process. */
    private static Timed timed(List<String> command, Path timeFile, Path log) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M %U %S", "-o", timeFile.toString()));
        line.addAll(command);
        Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(command.get(0) + " exited with " + exit + "; see " + log);
        }
        String[] figures = Files.readAllLines(timeFile).get(0).trim().split(" ");
        return new Timed(Double.parseDouble(figures[0]), Double.parseDouble(figures[2]) + Double.parseDouble(figures[3]),
                Long.parseLong(figures[1]) / 1024, "");
    }

    /** The child process: imports the corpus into a new library and writes what became of the files. */
    private static void importInThisProcess(Path corpus, Path folder, Path results) throws Exception {
        long start = System.nanoTime();
        ImportReport report;
        try (Library library = open(folder)) {
            report = library.start(List.of(corpus)).await(Duration.ofHours(1));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Properties counts = new Properties();
        counts.setProperty("summary", String.format(Locale.ROOT, "%d imported, %d duplicates, %d rejected; %.1f s from start() to the report",
                report.count(FileOutcome.Status.IMPORTED), report.count(FileOutcome.Status.DUPLICATE),
                report.count(FileOutcome.Status.REJECTED), seconds));
        try (var out = Files.newOutputStream(results)) {
            counts.store(out, null);
        }
        report.files().stream().filter(f -> f.status() == FileOutcome.Status.REJECTED)
                .forEach(f -> System.out.println("rejected " + f.file() + ": " + f.reason().orElse("")));
    }

    private static void report(String what, List<Timed> runs, int files, long bytes) {
        double seconds = median(runs);
        long peak = runs.stream().mapToLong(Timed::peakMegabytes).max().orElse(0);
        double cpu = runs.stream().mapToDouble(Timed::cpuSeconds).sorted().toArray()[runs.size() / 2];
        System.out.printf(Locale.ROOT, "%s: median %.1f s, %.1f files/s, %.2f MB/s; median %.1f s of processor; peak resident memory %d MB%n",
                what, seconds, files / seconds, bytes / 1e6 / seconds, cpu, peak);
    }

    private static double median(List<Timed> runs) {
        double[] seconds = runs.stream().mapToDouble(Timed::seconds).sorted().toArray();
        return seconds[seconds.length / 2];
    }

    static double percentile(long[] sortedNanos, double p) {
        int at = (int) Math.ceil(p / 100 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, at)] / 1e6;
    }

    static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static long[] sorted(List<Long> nanos) {
        long[] values = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(values);
        return values;
    }
}
