package org.lanterne.literature.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import javax.servlet.http.Part;

/**
 * Uploaded files are copied under their own name into a fresh private folder, because the
 * library takes the record's file name (and a year in it) from the file it imports.
 */
final class Uploads {

    private static final int MAX_NAME = 200;

    private Uploads() {
    }

    /** @return the file's name without any folder, control or path characters; "upload" if none is left */
    static String safeName(String submitted) {
        String name = submitted == null ? "" : submitted.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}:*?\"<>|]", "").strip();
        if (name.startsWith(".")) {
            name = name.replaceFirst("^\\.+", "");
        }
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return name.isEmpty() ? "upload" : name;
    }

    static Path save(Part part) throws IOException {
        Path folder = Files.createTempDirectory("lanterne-upload-");
        Path file = folder.resolve(safeName(part.getSubmittedFileName()));
        try (InputStream in = part.getInputStream()) {
            Files.copy(in, file);
        }
        return file;
    }

    /** Deletes the file and its folder. */
    static void delete(Path file) throws IOException {
        try (Stream<Path> paths = Files.walk(file.getParent())) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
