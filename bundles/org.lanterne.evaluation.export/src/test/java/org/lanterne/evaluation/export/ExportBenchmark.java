package org.lanterne.evaluation.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.lanterne.datasets.CohortGenerator;
import org.lanterne.datasets.CohortParameters;

/**
 * Exports the same rows twice from one embedded Derby database: with Derby's own
 * {@code SYSCS_UTIL.SYSCS_EXPORT_TABLE} (a plain CSV dump) and with Lanterne's de-identifying
 * export (identifiers, dates, k-anonymity, codes, scripts, manifest), and prints both times.
 * Arguments: the number of clients (three assessment rows each) and a work folder.
 */
public final class ExportBenchmark {

    private static final String COLUMNS = "participant_id, alias, arm, site, age_band, referral_route, enrolled_on, instrument, occasion, "
            + "assessed_on, total, band, answers, follow_up_days, reoffended";

    private static final int RUNS = 3;
    private static final byte[] KEY = "a benchmark key of 256 bits at least".getBytes(StandardCharsets.UTF_8);

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(args[0]);
        Path work = Path.of(args[1]).toAbsolutePath();
        Path cohort = work.resolve("cohort-" + clients);
        if (!Files.exists(cohort.resolve("ground-truth.json"))) {
            new CohortGenerator(CohortParameters.demo().withSize(11, clients, 0)).write(cohort);
        }
        delete(work.resolve("db"));
        // the merged Derby bundle registers only the network client as a service: use the embedded driver directly
        EmbeddedDriver derby = new EmbeddedDriver();
        try (Connection db = derby.connect("jdbc:derby:" + work.resolve("db") + ";create=true", new Properties())) {
            int rows = load(db, cohort);
            Path derbyFile = work.resolve("derby-export.csv");
            Path lanterneFile = work.resolve("lanterne-export.zip");
            // Alternating runs share the machine's noise and the JIT's warm-up; the medians are compared.
            double[] derbySeconds = new double[RUNS];
            double[] lanterneSeconds = new double[RUNS];
            ExportManifest manifest = null;
            for (int run = 0; run < RUNS; run++) {
                Files.deleteIfExists(derbyFile);
                long derbyStart = System.nanoTime();
                try (Statement statement = db.createStatement()) {
                    statement.execute("CALL SYSCS_UTIL.SYSCS_EXPORT_TABLE('APP', 'EXPORT_ROWS', '" + derbyFile + "', null, null, 'UTF-8')");
                }
                derbySeconds[run] = (System.nanoTime() - derbyStart) / 1e9;

                long lanterneStart = System.nanoTime();
                manifest = new DatasetExporter(KEY, Clock.systemUTC()).export(new ExportRequest("benchmark", "benchmark", 5, 0.05, Map.of()),
                        DemoExport.VARIABLES, read(db, rows), lanterneFile);
                lanterneSeconds[run] = (System.nanoTime() - lanterneStart) / 1e9;
                System.out.printf(Locale.ROOT, "run %d: Derby %.2f s, Lanterne %.2f s%n", run + 1, derbySeconds[run], lanterneSeconds[run]);
            }
            double derbyMedian = median(derbySeconds);
            double lanterneMedian = median(lanterneSeconds);
            long usedMegabytes = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
            System.out.printf(Locale.ROOT, "rows: %,d (of which exported after k-anonymity: %,d)%n", rows, manifest.rowsOut());
            System.out.printf(Locale.ROOT, "Derby SYSCS_EXPORT_TABLE: median %.2f s (%,.0f rows/s), %,d bytes%n", derbyMedian, rows / derbyMedian,
                    Files.size(derbyFile));
            System.out.printf(Locale.ROOT, "Lanterne de-identified export, reading included: median %.2f s (%,.0f rows/s), %,d bytes zipped%n",
                    lanterneMedian, rows / lanterneMedian, Files.size(lanterneFile));
            System.out.printf(Locale.ROOT, "ratio Lanterne / Derby: %.2f (target at most 2)%n", lanterneMedian / derbyMedian);
            System.out.printf(Locale.ROOT, "heap in use after the last export: %,d MB of %,d MB%n", usedMegabytes, Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            try {
                derby.connect("jdbc:derby:;shutdown=true", new Properties());
            } catch (SQLException expected) {
                // Derby reports a successful shutdown as an exception
            }
        }
    }

    private static List<String[]> read(Connection db, int rows) throws SQLException {
        List<String[]> read = new ArrayList<>(rows);
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery("SELECT " + COLUMNS + " FROM export_rows")) {
            int width = result.getMetaData().getColumnCount();
            while (result.next()) {
                String[] row = new String[width];
                for (int c = 0; c < width; c++) {
                    String value = result.getString(c + 1);
                    row[c] = value == null ? "" : value;
                }
                read.add(row);
            }
        }
        return read;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Loads the cohort's tables with Derby's bulk import and joins them into the table both exports read. */
    private static int load(Connection db, Path cohort) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE participants (participant_id VARCHAR(16) NOT NULL, programme VARCHAR(32), site VARCHAR(32), arm VARCHAR(16), "
                    + "age_band VARCHAR(8), country VARCHAR(4), referral_route VARCHAR(32), enrolled_on DATE)");
            statement.execute("CREATE TABLE assessments (assessment_id VARCHAR(16), participant_id VARCHAR(16), instrument VARCHAR(64), "
                    + "instrument_version VARCHAR(16), occasion VARCHAR(32), assessed_on DATE, total INTEGER, band VARCHAR(16), answers VARCHAR(2000))");
            statement.execute("CREATE TABLE outcomes (participant_id VARCHAR(16) NOT NULL, follow_up_days INTEGER, reoffended INTEGER)");
            for (String table : List.of("participants", "assessments", "outcomes")) {
                statement.execute("CALL SYSCS_UTIL.SYSCS_IMPORT_TABLE_BULK(null, '" + table.toUpperCase(Locale.ROOT) + "', '"
                        + cohort.resolve(table + ".csv") + "', ',', '\"', 'UTF-8', 0, 1)");
            }
            // keys, so that the join below is a lookup per assessment rather than a scan
            statement.execute("ALTER TABLE participants ADD PRIMARY KEY (participant_id)");
            statement.execute("ALTER TABLE outcomes ADD PRIMARY KEY (participant_id)");
            statement.execute("CREATE TABLE export_rows (participant_id VARCHAR(16), alias VARCHAR(16), arm VARCHAR(16), site VARCHAR(32), "
                    + "age_band VARCHAR(8), referral_route VARCHAR(32), enrolled_on DATE, instrument VARCHAR(64), occasion VARCHAR(32), "
                    + "assessed_on DATE, total INTEGER, band VARCHAR(16), answers VARCHAR(2000), follow_up_days INTEGER, reoffended INTEGER)");
            // Identifiers and free text are in the table, as in real data; only the de-identifying export leaves them out.
            return statement.executeUpdate("INSERT INTO export_rows SELECT a.participant_id, 'Client ' || a.participant_id, p.arm, p.site, "
                    + "p.age_band, p.referral_route, p.enrolled_on, a.instrument, a.occasion, a.assessed_on, a.total, a.band, a.answers, "
                    + "o.follow_up_days, o.reoffended FROM assessments a JOIN participants p ON p.participant_id = a.participant_id "
                    + "JOIN outcomes o ON o.participant_id = a.participant_id");
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
