package org.lanterne.literature.provider;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import org.lanterne.literature.api.ImportReport;

/** Times a rebuild of the index from the stored text and metadata, in MB of text per second. */
final class ReindexFigures {

    private ReindexFigures() {
    }

    static void print(String what, Library library) throws Exception {
        long bytes = 0;
        for (String id : library.store().ids()) {
            bytes += library.store().text(id).getBytes(StandardCharsets.UTF_8).length;
        }
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = process.getProcessCpuTime();
        long start = System.nanoTime();
        ImportReport report = library.rebuild().await(Duration.ofHours(1));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (process.getProcessCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "re-index of the %s from stored text: %,d records, %.1f MB of text in %.1f s: %.1f MB/s "
                + "(%.1f s of processor: %.1f MB per processor second)%n", what, report.files().size(), bytes / 1e6, seconds,
                bytes / 1e6 / seconds, cpuSeconds, bytes / 1e6 / cpuSeconds);
    }
}
