package org.lanterne.admin.shell;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/**
 * Reads secrets line by line into char arrays that the caller wipes: a password never becomes a
 * String, so it does not linger in the heap or reach a log. A secrets file is deleted as soon as
 * it is closed.
 */
final class SecretInput implements Closeable {

    private static final int MAX = 1024;

    private final Reader in;
    private final Path file;

    SecretInput(InputStream in) {
        this(in, null);
    }

    private SecretInput(InputStream in, Path file) {
        this.in = new InputStreamReader(in, StandardCharsets.UTF_8);
        this.file = file;
    }

    /** Opens a secrets file, which must be readable by its owner only. */
    static SecretInput open(String path) throws IOException {
        Path file = Path.of(path);
        if (!PosixFilePermissions.toString(Files.getPosixFilePermissions(file)).matches("r[w-]-------")) {
            Files.deleteIfExists(file);
            throw new IOException("The secrets file must be readable by its owner only.");
        }
        return new SecretInput(Files.newInputStream(file), file);
    }

    @Override
    public void close() throws IOException {
        try {
            in.close();
        } finally {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * @param what names the secret in the error, for example "the new password"
     * @return the next line, without its line end
     * @throws IOException if the input ends first or the line is longer than any password
     */
    char[] readLine(String what) throws IOException {
        char[] buffer = new char[MAX];
        int length = 0;
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c == -1) {
                Arrays.fill(buffer, '\0');
                throw new IOException("The secrets ended before " + what + " (one line each).");
            }
            if (length == MAX) {
                Arrays.fill(buffer, '\0');
                throw new IOException(what + " is longer than " + MAX + " characters.");
            }
            if (c != '\r') {
                buffer[length++] = (char) c;
            }
        }
        char[] line = Arrays.copyOf(buffer, length);
        Arrays.fill(buffer, '\0');
        return line;
    }
}
