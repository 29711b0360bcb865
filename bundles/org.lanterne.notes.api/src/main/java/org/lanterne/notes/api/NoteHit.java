package org.lanterne.notes.api;

import java.time.LocalDate;

/**
 * A note, or a session's attachment, found by a search.
 *
 * @param noteId       the note, or {@code null} for an attachment
 * @param attachmentId the attachment, or {@code null} for a note
 * @param sessionId    the session
 * @param caseId       its case
 * @param day          the day of the session
 * @param snippet      the best passages of the note's current text or of the attachment's text, HTML-escaped, with the matching words in {@code <mark>}
 */
public record NoteHit(String noteId, String attachmentId, String sessionId, String caseId, LocalDate day, String snippet) {

    /** @return the hit without its snippet, so that it can be logged */
    @Override
    public String toString() {
        return "NoteHit[note=" + noteId + ", attachment=" + attachmentId + ", case=" + caseId + "]";
    }
}
