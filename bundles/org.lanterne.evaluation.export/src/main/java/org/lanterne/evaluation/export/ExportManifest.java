package org.lanterne.evaluation.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.lanterne.evaluation.disclosure.DisclosureReport;

/**
 * What an export holds and how it was made: enough to check every file and to make the same
 * export again from the same data. Written as {@code manifest.json} in the export.
 *
 * @param format      {@value #FORMAT}
 * @param request     the request
 * @param createdAt   when the export was made
 * @param rowsIn      records before de-identification
 * @param rowsOut     records exported
 * @param dropped     columns left out (identifiers, free text, the enrolment date), by name
 * @param disclosure  what k-anonymity changed
 * @param files       each other file of the export with its size and SHA-256
 */
public record ExportManifest(String format, ExportRequest request, Instant createdAt, int rowsIn, int rowsOut, List<String> dropped,
        DisclosureReport disclosure, List<FileDigest> files) {

    public static final String FORMAT = "lanterne-evaluation-export/1";

    /**
     * @param name   the file's name in the export
     * @param bytes  its size
     * @param sha256 its SHA-256, in lower-case hexadecimal
     */
    public record FileDigest(String name, long bytes, String sha256) {
    }

    /** @return the digests by file name */
    public Map<String, String> sha256ByName() {
        return files.stream().collect(java.util.stream.Collectors.toMap(FileDigest::name, FileDigest::sha256));
    }
}
