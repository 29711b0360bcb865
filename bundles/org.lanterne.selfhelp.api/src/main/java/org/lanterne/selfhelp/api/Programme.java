package org.lanterne.selfhelp.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A self-help programme as data: what a participant reads, in which order, and which outcome
 * questionnaires they answer when. Texts are given by language code in every declared language.
 *
 * @param id             stable identifier, lowercase letters, digits and hyphens
 * @param version        the definition's version
 * @param languages      the language codes every text is given in ({@code fr}, {@code en}, {@code ar})
 * @param title          the programme's title by language
 * @param summary        one or two sentences saying whom it is for, by language
 * @param consent        the plain-language consent shown before enrolment, plain text with its line breaks, by language
 * @param modules        the modules in the order they are meant to be followed
 * @param questionnaires the outcome questionnaires, each an instrument of the instruments capability
 * @param profile        the values a participant may choose for the optional profile fields
 */
public record Programme(String id, String version, List<String> languages, Map<String, String> title, Map<String, String> summary,
        Map<String, String> consent, List<ProgrammeModule> modules, List<Questionnaire> questionnaires, ProfileOptions profile) {

    public Programme {
        languages = languages == null ? List.of() : List.copyOf(languages);
        title = title == null ? Map.of() : Map.copyOf(title);
        summary = summary == null ? Map.of() : Map.copyOf(summary);
        consent = consent == null ? Map.of() : Map.copyOf(consent);
        modules = modules == null ? List.of() : List.copyOf(modules);
        questionnaires = questionnaires == null ? List.of() : List.copyOf(questionnaires);
        profile = profile == null ? new ProfileOptions(null, null, null) : profile;
    }

    /** @return the module with this id */
    public Optional<ProgrammeModule> module(String moduleId) {
        return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    /** @return the questionnaire with this id */
    public Optional<Questionnaire> questionnaire(String questionnaireId) {
        return questionnaires.stream().filter(q -> q.id().equals(questionnaireId)).findFirst();
    }
}
