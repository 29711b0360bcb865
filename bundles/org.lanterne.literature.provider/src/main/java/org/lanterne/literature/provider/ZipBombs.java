package org.lanterne.literature.provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Inflates every entry of a zip-based file (DOCX, ODT, EPUB, ...) once, counting bytes, and stops
 * as soon as it expands suspiciously. Tika's own guard counts the text it produces, and a part
 * made of markup or blanks produces none, so it would let such a file through.
 */
final class ZipBombs {

    /** Past this many bytes, an entry may expand at most {@link #MAX_RATIO} times its compressed size. */
    private static final long GRACE = 1L << 20;
    private static final long MAX_RATIO = 100;
    private static final long MAX_TOTAL = 1L << 30;
    private static final int MAX_ENTRIES = 10_000;

    private ZipBombs() {
    }

    static void check(Path file) throws Rejected, IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
                return;
            }
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException e) {
            // not a readable zip: the parser reports it as corrupt
            return;
        }
        try (zip) {
            if (zip.size() > MAX_ENTRIES) {
                throw bomb();
            }
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                long compressed = Math.max(1, entry.getCompressedSize());
                long expanded = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0;) {
                        expanded += n;
                        total += n;
                        if ((expanded > GRACE && expanded > compressed * MAX_RATIO) || total > MAX_TOTAL) {
                            throw bomb();
                        }
                    }
                } catch (IOException e) {
                    // a broken entry: the parser reports it as corrupt
                    return;
                }
            }
        }
    }

    /** The same check on a document in memory: its entries may expand at most {@link #MAX_RATIO} times the whole document. */
    static void check(byte[] content) throws Rejected {
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
            return;
        }
        long allowed = Math.min(MAX_TOTAL, Math.max(GRACE, (long) content.length * MAX_RATIO));
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            while (zip.getNextEntry() != null) {
                if (++entries > MAX_ENTRIES) {
                    throw bomb();
                }
                for (int n; (n = zip.read(buffer)) > 0;) {
                    total += n;
                    if (total > allowed) {
                        throw bomb();
                    }
                }
            }
        } catch (IOException e) {
            // not a readable zip: the parser reports it as corrupt
        }
    }

    private static Rejected bomb() {
        return new Rejected("zip bomb: the file expands far beyond its size and was not extracted");
    }
}
