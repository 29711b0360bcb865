package org.lanterne.notes.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The note of a session, written from a template. A draft changes as its author types; once
 * signed it is read-only and corrected only by {@linkplain Amendment amendments}.
 *
 * @param id          the note's identifier
 * @param sessionId   the session it is about
 * @param templateId  the template it was written from
 * @param author      who wrote it
 * @param sections    the text of each section, by section id
 * @param savedAt     when the text was last saved
 * @param signedAt    when its author signed it, empty for a draft
 * @param amendments  its corrections, oldest first
 */
public record Note(String id, String sessionId, String templateId, String author, Map<String, String> sections, Instant savedAt,
        Optional<Instant> signedAt, List<Amendment> amendments) {

    public Note {
        sections = Map.copyOf(sections);
        amendments = List.copyOf(amendments);
    }

    /** @return whether the note is signed, and so read-only */
    public boolean signed() {
        return signedAt.isPresent();
    }

    /** @return the text as it stands: the last amendment's, or the note's own */
    public Map<String, String> currentSections() {
        return amendments.isEmpty() ? sections : amendments.get(amendments.size() - 1).sections();
    }

    /** @return the note without its text, so that it can be logged */
    @Override
    public String toString() {
        return "Note[id=" + id + ", session=" + sessionId + ", author=" + author + ", signed=" + signed() + "]";
    }
}
