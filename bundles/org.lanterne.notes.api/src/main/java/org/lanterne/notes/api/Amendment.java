package org.lanterne.notes.api;

import java.time.Instant;
import java.util.Map;

/**
 * A correction of a signed note. The note keeps its signed text; the amendment holds the whole
 * corrected text, who made it, when and why.
 *
 * @param id       the amendment's identifier
 * @param author   who amended
 * @param at       when
 * @param reason   why
 * @param sections the corrected text of every section, by section id
 */
public record Amendment(String id, String author, Instant at, String reason, Map<String, String> sections) {

    public Amendment {
        sections = Map.copyOf(sections);
    }

    /** @return the amendment without its text, so that it can be logged */
    @Override
    public String toString() {
        return "Amendment[id=" + id + ", author=" + author + ", at=" + at + "]";
    }
}
