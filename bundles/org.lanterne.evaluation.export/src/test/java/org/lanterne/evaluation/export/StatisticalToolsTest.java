package org.lanterne.evaluation.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export opens with its labels in the analysts' tools: R through load.R, PSPP through
 * load.sps (which writes data.sav), and R's haven reading that data.sav. bin/install-prerequisites
 * installs R, r-cran-haven and PSPP; without them these tests are skipped.
 */
class StatisticalToolsTest {

    @TempDir
    static Path folder;

    static ExportManifest manifest;

    @BeforeAll
    static void export() throws IOException {
        Path zip = folder.resolve("export.zip");
        manifest = new DatasetExporter(DatasetExporterTest.KEY, DatasetExporterTest.CLOCK).export(DatasetExporterTest.REQUEST,
                DemoExport.VARIABLES, DemoExport.rows(), zip);
        for (Map.Entry<String, byte[]> file : DatasetExporterTest.unzip(zip).entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
        }
    }

    @Test
    void rLoadsTheCsvWithFactorsAndVariableLabels() throws Exception {
        assumeInstalled("/usr/bin/Rscript");
        String printed = run("Rscript", "-e", "source('load.R'); cat(nrow(data), levels(data$arm), attr(data$total, 'label'), "
                + "class(data$reoffended), sep = '|')");
        assertEquals(manifest.rowsOut() + "|Treatment|Usual care|Total score|factor", printed.strip());
    }

    @Test
    void psppMakesASavFileThatHavenReadsWithItsLabels() throws Exception {
        assumeInstalled("/usr/bin/pspp");
        assumeInstalled("/usr/bin/Rscript");
        run("pspp", "load.sps");
        assertTrue(Files.size(folder.resolve("data.sav")) > 0, "PSPP wrote data.sav");
        String printed = run("Rscript", "-e", "d <- haven::read_sav('data.sav'); cat(nrow(d), attr(d$total, 'label'), "
                + "names(attr(d$arm, 'labels')), attr(d$occasion, 'label'), sep = '|')");
        assertEquals(manifest.rowsOut() + "|Total score|Treatment|Usual care|Occasion", printed.strip());
    }

    private static void assumeInstalled(String program) {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(program)), program + " is not installed");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "finished in time");
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
