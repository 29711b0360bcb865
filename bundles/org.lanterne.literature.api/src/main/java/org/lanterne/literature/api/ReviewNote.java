package org.lanterne.literature.api;

import java.time.Instant;

/**
 * A reviewer's note about a record. The text is the reviewer's own words: it is never logged,
 * and {@link #toString()} leaves it out.
 *
 * @param recordId the record the note is about
 * @param author   the user name of the reviewer who wrote it
 * @param written  when it was written
 * @param text     the note
 */
public record ReviewNote(String recordId, String author, Instant written, String text) {

    @Override
    public String toString() {
        return "ReviewNote[recordId=" + recordId + ", author=" + author + ", written=" + written + "]";
    }
}
