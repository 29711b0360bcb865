package org.lanterne.notes.api;

import java.time.Instant;
import java.util.Map;

/**
 * An amendment being written: saved as its author types, so that it survives a crash, and seen by
 * its author only. {@link SessionNotes#amend} turns it into an {@link Amendment} and clears it. A
 * note has at most one pending draft per author.
 *
 * @param noteId   the signed note it corrects
 * @param author   who is writing it
 * @param savedAt  when it was last saved
 * @param reason   why, as typed so far (may still be empty)
 * @param sections the corrected text of every section, by section id
 */
public record AmendmentDraft(String noteId, String author, Instant savedAt, String reason, Map<String, String> sections) {

    public AmendmentDraft {
        sections = Map.copyOf(sections);
    }

    /** @return the draft without its text, so that it can be logged */
    @Override
    public String toString() {
        return "AmendmentDraft[note=" + noteId + ", author=" + author + ", savedAt=" + savedAt + "]";
    }
}
