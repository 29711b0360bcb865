package org.lanterne.notes.api;

import java.time.LocalDate;

/**
 * A note found by a search.
 *
 * @param noteId    the note
 * @param sessionId its session
 * @param caseId    its case
 * @param day       the day of its session
 * @param snippet   the best passages of its current text, HTML-escaped, with the matching words in {@code <mark>}
 */
public record NoteHit(String noteId, String sessionId, String caseId, LocalDate day, String snippet) {

    /** @return the hit without its snippet, so that it can be logged */
    @Override
    public String toString() {
        return "NoteHit[note=" + noteId + ", case=" + caseId + "]";
    }
}
