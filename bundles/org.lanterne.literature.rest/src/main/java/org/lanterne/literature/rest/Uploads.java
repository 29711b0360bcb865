package org.lanterne.literature.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import javax.servlet.http.Part;

import org.lanterne.server.rest.staff.FileNames;

/**
 * Uploaded files are copied under their own name into a fresh private folder, because the
 * library takes the record's file name (and a year in it) from the file it imports.
 */
final class Uploads {

    private Uploads() {
    }

    static Path save(Part part) throws IOException {
        Path folder = Files.createTempDirectory("lanterne-upload-");
        Path file = folder.resolve(FileNames.safe(part.getSubmittedFileName()));
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
