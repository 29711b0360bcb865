package org.lanterne.store.provider;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Which database to use. Configuration Admin ({@code org.lanterne.store}) wins; otherwise the
 * file {@code store.properties} in the data folder; otherwise an embedded Derby database in the
 * data folder. Passwords are never settings: only the file that holds one is.
 *
 * @param engine       {@code derby} (embedded), {@code derby-network} or {@code postgresql}
 * @param path         Derby: the database folder
 * @param keyFile      Derby, embedded or network: the file with the boot key
 * @param url          PostgreSQL: the JDBC URL, without credentials; Derby network: host:port/database
 * @param user         PostgreSQL and Derby network: the user name
 * @param passwordFile PostgreSQL and Derby network: the file with the password
 */
record StoreSettings(String engine, Path path, Path keyFile, String url, String user, Path passwordFile) {

    static final String FILE = "store.properties";

    static StoreSettings resolve(Path data, Map<String, ?> configured) throws IOException {
        Properties file = new Properties();
        Path settings = data.resolve(FILE);
        if (Files.exists(settings)) {
            try (Reader in = Files.newBufferedReader(settings, StandardCharsets.UTF_8)) {
                file.load(in);
            }
        }
        String engine = value("engine", configured, file, "derby");
        if (!engine.equals("derby") && !engine.equals("derby-network") && !engine.equals("postgresql")) {
            throw new IOException("Unknown database engine '" + engine + "' in the store settings: use derby, derby-network or postgresql");
        }
        String passwordFile = value("passwordFile", configured, file, "");
        return new StoreSettings(engine,
                data.resolve(value("path", configured, file, "database")),
                data.resolve(value("keyFile", configured, file, "keys/database.key")),
                value("url", configured, file, ""),
                value("user", configured, file, ""),
                passwordFile.isEmpty() ? null : data.resolve(passwordFile));
    }

    private static String value(String key, Map<String, ?> configured, Properties file, String fallback) {
        Object value = configured.get(key);
        if (value != null && !value.toString().isBlank()) {
            return value.toString().strip();
        }
        return file.getProperty(key, fallback).strip();
    }
}
