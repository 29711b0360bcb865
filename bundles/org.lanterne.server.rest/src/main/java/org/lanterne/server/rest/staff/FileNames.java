package org.lanterne.server.rest.staff;

import java.util.regex.Pattern;

/**
 * The name an uploaded file is kept under: what a client sends may hold folders ({@code ../}),
 * control characters, or direction overrides that make {@code report‮fdp.exe} read as
 * {@code report.exe.pdf}; none of them is kept.
 */
public final class FileNames {

    private static final int MAX_NAME = 200;
    // controls, characters no file system likes, and the bidirectional embeddings, overrides and isolates
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}:*?\"<>|\\u202A-\\u202E\\u2066-\\u2069]");

    private FileNames() {
    }

    /** @return the file's name without any folder, control, path or direction character; "upload" if none is left */
    public static String safe(String submitted) {
        String name = submitted == null ? "" : submitted.replace('\\', '/');
        name = UNSAFE.matcher(name.substring(name.lastIndexOf('/') + 1)).replaceAll("").strip();
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
}
