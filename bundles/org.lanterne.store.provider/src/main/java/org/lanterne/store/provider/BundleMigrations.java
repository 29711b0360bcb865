package org.lanterne.store.provider;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.lanterne.store.api.StoreUnavailableException;
import org.osgi.framework.Bundle;

/** Finds the migration scripts a bundle ships for one persistence unit. */
final class BundleMigrations {

    static final String FOLDER = "META-INF/migrations/";

    private BundleMigrations() {
    }

    static List<MigrationScript> of(Bundle owner, String unit) {
        List<MigrationScript> scripts = new ArrayList<>();
        Enumeration<URL> entries = owner.findEntries(FOLDER + unit, "*.sql", false);
        while (entries != null && entries.hasMoreElements()) {
            URL entry = entries.nextElement();
            String path = entry.getPath();
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            try (InputStream in = entry.openStream()) {
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                scripts.add(MigrationScript.parse(fileName, sql).orElseThrow(() -> new StoreUnavailableException(
                        owner.getSymbolicName() + " ships " + path + ", which is not named V<n>__<description>[.<engine>].sql", null)));
            } catch (IOException e) {
                throw new StoreUnavailableException("Migration " + path + " of " + owner.getSymbolicName() + " cannot be read", e);
            }
        }
        return scripts;
    }
}
