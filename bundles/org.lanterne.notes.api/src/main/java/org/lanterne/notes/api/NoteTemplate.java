package org.lanterne.notes.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The structure of a session note, defined as data: titled sections, each with a prompt, in the
 * installation's languages.
 *
 * @param id         lower-case letters, digits and dashes
 * @param version    the template's version
 * @param titles     the template's title by language tag ({@code en}, {@code fr}, {@code ar})
 * @param programmes the programmes it is offered for; empty for every programme
 * @param sections   its sections, in order
 */
public record NoteTemplate(String id, String version, Map<String, String> titles, List<String> programmes, List<Section> sections) {

    public NoteTemplate {
        titles = Map.copyOf(titles);
        programmes = List.copyOf(programmes);
        sections = List.copyOf(sections);
    }

    /**
     * @param id       lower-case letters, digits and dashes, unique in the template
     * @param labels   the section's heading by language tag
     * @param prompts  what the section is for, by language tag
     * @param required whether a note can be signed with the section empty
     */
    public record Section(String id, Map<String, String> labels, Map<String, String> prompts, boolean required) {

        public Section {
            labels = Map.copyOf(labels);
            prompts = Map.copyOf(prompts);
        }

        public String label(Locale locale) {
            return localized(labels, locale);
        }

        public String prompt(Locale locale) {
            return localized(prompts, locale);
        }
    }

    public String title(Locale locale) {
        return localized(titles, locale);
    }

    /** @return the text in the locale's language, else in English (which every template has) */
    private static String localized(Map<String, String> texts, Locale locale) {
        return texts.getOrDefault(locale.getLanguage(), texts.get("en"));
    }
}
