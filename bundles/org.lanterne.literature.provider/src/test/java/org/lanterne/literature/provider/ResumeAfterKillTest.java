package org.lanterne.literature.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lanterne.literature.api.FileOutcome;
import org.lanterne.literature.api.ImportJob;
import org.lanterne.literature.api.ImportReport;
import org.lanterne.literature.api.SortOrder;

/**
 * An import killed with SIGKILL in the middle resumes when the same files are imported again:
 * every file counts once, and the files whose text was stored before the kill are not extracted
 * again. The import runs in a JVM of its own ({@link ImportUntilKilled}).
 */
class ResumeAfterKillTest {

    private static final int FILES = 40;

    @TempDir
    Path temp;

    @Test
    void anImportKilledHalfwayResumesWithoutExtractingWhatWasDone() throws Exception {
        Path files = Files.createDirectories(temp.resolve("files"));
        List<String> lines = Files.readAllLines(TestFiles.CORPUS.resolve("weprotect-unicef-revue-mrn-2022.fr.txt")).stream()
                .filter(l -> l.strip().length() > 20).toList();
        for (int i = 0; i < FILES; i++) {
            // distinct texts and titles, so that no file is the duplicate of another
            String text = String.join("\n", lines.subList(i * 40 % (lines.size() - 40), i * 40 % (lines.size() - 40) + 40));
            TestFiles.pdf("Partie " + i + "\n" + text, "Revue, partie " + i, 2022, files.resolve(String.format("partie-%02d.pdf", i)), null);
        }
        Path folder = temp.resolve("library");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ImportUntilKilled.class.getName(),
                files.toString(), folder.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("done ") && Integer.parseInt(line.substring(5)) >= FILES / 4) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no final commit
                    break;
                }
            }
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "killed by SIGKILL");

        int storedBeforeRestart = new TextStore(folder.resolve("text")).ids().size();
        // files reported done may still have been on their way to the store
        assertTrue(storedBeforeRestart > 0 && storedBeforeRestart < FILES, "stored before the kill: " + storedBeforeRestart);

        try (Library library = TestFiles.open(folder)) {
            ImportReport report = library.start(List.of(files)).await(Duration.ofMinutes(2));
            // what the index already held before the kill, or got back from the stored text when the
            // library opened, is found again as itself; the rest is imported now
            assertEquals(0, report.count(FileOutcome.Status.REJECTED), report::toString);
            for (FileOutcome outcome : report.files()) {
                outcome.duplicateOf().ifPresent(of -> assertTrue(outcome.reason().orElseThrow().contains("same content"), outcome::toString));
            }
            assertEquals(FILES, library.size());
            assertEquals(FILES - storedBeforeRestart, library.extractions(), "only the files not stored before the kill are extracted");
            assertEquals(FILES, library.search("title:partie", Set.of(), SortOrder.RELEVANCE, 0, 1).total());
        }
    }

    /** The child: imports a folder and prints its progress until it is killed. */
    static final class ImportUntilKilled {

        public static void main(String[] args) throws Exception {
            try (Library library = TestFiles.open(Path.of(args[1]))) {
                ImportJob job = library.start(List.of(Path.of(args[0])));
                while (!job.isDone()) {
                    System.out.println("done " + job.progress().done());
                    System.out.flush();
                    Thread.sleep(20);
                }
            }
        }
    }
}
