package org.lanterne.store.provider;

import java.nio.file.Path;

/** The folder of this process's data: the system property {@code lanterne.data}, else ~/.lanterne. */
final class DataFolder {

    static final String PROPERTY = "lanterne.data";

    private DataFolder() {
    }

    static Path path() {
        String configured = System.getProperty(PROPERTY);
        return (configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".lanterne")).toAbsolutePath();
    }
}
