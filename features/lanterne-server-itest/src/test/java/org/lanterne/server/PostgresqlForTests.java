package org.lanterne.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** A throwaway PostgreSQL server for a server installation, through {@code bin/postgresql-for-tests}. */
final class PostgresqlForTests {

    private PostgresqlForTests() {
    }

    /**
     * Starts a new cluster in {@code cluster} and writes the settings that make the installation's data
     * folder use it; {@code cluster} must be reachable by PostgreSQL's own user (not under a private temporary folder).
     *
     * @param fsync whether commits reach the disk before they are acknowledged (off in tests, for speed)
     */
    static void start(Path cluster, Path dataFolder, boolean fsync) throws IOException, InterruptedException {
        run(fsync, "start", cluster.toString(), dataFolder.toString());
    }

    /** Stops the cluster; its fast shutdown checkpoints, so the rows are in the data files afterwards. */
    static void stop(Path cluster) throws IOException, InterruptedException {
        run(false, "stop", cluster.toString());
    }

    /** @return a connection as the installation of {@code dataFolder} makes it, from its store.properties */
    static Connection connect(Path dataFolder) throws IOException, SQLException {
        Properties settings = new Properties();
        try (var in = Files.newBufferedReader(dataFolder.resolve("store.properties"))) {
            settings.load(in);
        }
        String password = Files.readString(dataFolder.resolve(settings.getProperty("passwordFile")), StandardCharsets.UTF_8).strip();
        return DriverManager.getConnection(settings.getProperty("url"), settings.getProperty("user"), password);
    }

    private static void run(boolean fsync, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LanterneServer.PROJECT.resolve("bin/postgresql-for-tests").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("POSTGRESQL_FSYNC", fsync ? "on" : "off");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("bin/postgresql-for-tests " + String.join(" ", arguments) + " failed: " + output);
        }
    }
}
