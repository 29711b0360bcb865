package org.lanterne.literature.api;

/**
 * One file or reference list a record was imported from: its own, or that of a record merged into
 * it.
 *
 * @param recordId    the id the record imported from it had
 * @param source      the file's name, or the reference list's name
 * @param contentHash SHA-256 of the file's bytes (of the reference's normalised metadata)
 */
public record Provenance(String recordId, String source, String contentHash) {
}
