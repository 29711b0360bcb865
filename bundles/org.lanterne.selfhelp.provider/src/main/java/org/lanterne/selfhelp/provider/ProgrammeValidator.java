package org.lanterne.selfhelp.provider;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.lanterne.instruments.api.DefinitionProblem;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.selfhelp.api.Page;
import org.lanterne.selfhelp.api.ProfileOptions;
import org.lanterne.selfhelp.api.Programme;
import org.lanterne.selfhelp.api.ProgrammeModule;
import org.lanterne.selfhelp.api.Questionnaire;

/**
 * The rules of a consistent programme. Every broken rule is listed, each with its JSON path, so that
 * a programme lead can correct a file in one go.
 */
final class ProgrammeValidator {

    /** The languages of the participant page. */
    static final List<String> LANGUAGES = List.of("fr", "en", "ar");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    private static final Pattern AGE_BAND = Pattern.compile("[0-9]{1,3}(-[0-9]{1,3}|\\+)");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final String source;
    private final Function<String, Optional<InstrumentDefinition>> instruments;
    private final List<DefinitionProblem> problems = new ArrayList<>();
    private List<String> languages = List.of();

    private ProgrammeValidator(String source, Function<String, Optional<InstrumentDefinition>> instruments) {
        this.source = source;
        this.instruments = instruments;
    }

    /**
     * @param instruments finds an instrument of the catalog by id
     * @return every rule the programme breaks, in document order; empty when it is consistent
     */
    static List<DefinitionProblem> problems(String source, Programme programme, Function<String, Optional<InstrumentDefinition>> instruments) {
        ProgrammeValidator validator = new ProgrammeValidator(source, instruments);
        validator.programme(programme);
        return List.copyOf(validator.problems);
    }

    private void programme(Programme p) {
        identifier(p.id(), "$.id", "id-format");
        if (p.version() == null || !VERSION.matcher(p.version()).matches()) {
            add("$.version", p.version() == null ? "required" : "version-format", "The version is letters, digits, '.', '-' or '_'");
        }
        languages(p.languages());
        texts(p.title(), "$.title");
        texts(p.summary(), "$.summary");
        texts(p.consent(), "$.consent");
        if (p.modules().isEmpty()) {
            add("$.modules", "modules-required", "A programme has at least one module");
        }
        Set<String> moduleIds = new HashSet<>();
        for (int i = 0; i < p.modules().size(); i++) {
            module(p.modules().get(i), "$.modules[" + i + "]", moduleIds);
        }
        Set<String> questionnaireIds = new HashSet<>();
        for (int i = 0; i < p.questionnaires().size(); i++) {
            questionnaire(p.questionnaires().get(i), "$.questionnaires[" + i + "]", questionnaireIds, moduleIds);
        }
        profile(p.profile());
    }

    private void languages(List<String> declared) {
        if (declared.isEmpty()) {
            add("$.languages", "languages-required", "Name the languages every text is given in, among " + LANGUAGES);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < declared.size(); i++) {
            String language = declared.get(i);
            if (!LANGUAGES.contains(language)) {
                add("$.languages[" + i + "]", "language-unknown", "'" + language + "' is not one of " + LANGUAGES);
            } else if (!seen.add(language)) {
                add("$.languages[" + i + "]", "duplicate-language", "'" + language + "' is listed twice");
            }
        }
        languages = declared.stream().filter(LANGUAGES::contains).distinct().toList();
    }

    private void module(ProgrammeModule module, String path, Set<String> moduleIds) {
        if (identifier(module.id(), path + ".id", "id-format") && !moduleIds.add(module.id())) {
            add(path + ".id", "duplicate-module-id", "Another module already has the id '" + module.id() + "'");
        }
        texts(module.title(), path + ".title");
        if (module.pages().isEmpty()) {
            add(path + ".pages", "pages-required", "A module has at least one page");
        }
        pages(module.pages(), path + ".pages");
        pages(module.exercises(), path + ".exercises");
    }

    private void pages(List<Page> pages, String path) {
        for (int i = 0; i < pages.size(); i++) {
            texts(pages.get(i).title(), path + "[" + i + "].title");
            texts(pages.get(i).body(), path + "[" + i + "].body");
        }
    }

    private void questionnaire(Questionnaire q, String path, Set<String> questionnaireIds, Set<String> moduleIds) {
        if (identifier(q.id(), path + ".id", "id-format") && !questionnaireIds.add(q.id())) {
            add(path + ".id", "duplicate-questionnaire-id", "Another questionnaire already has the id '" + q.id() + "'");
        }
        if (q.instrument() == null) {
            add(path + ".instrument", "required", "Name the instrument definition of the questionnaire");
        } else {
            Optional<InstrumentDefinition> instrument = instruments.apply(q.instrument());
            if (instrument.isEmpty()) {
                add(path + ".instrument", "unknown-instrument", "The instruments catalog has no instrument '" + q.instrument() + "'");
            } else if (!instrument.get().languages().containsAll(languages)) {
                add(path + ".instrument", "instrument-languages", "The instrument '" + q.instrument() + "' is not given in every language of the programme "
                        + languages + ", only in " + instrument.get().languages());
            }
        }
        String when = q.when();
        if (when != null && when.startsWith(Questionnaire.AFTER_MODULE)) {
            String module = when.substring(Questionnaire.AFTER_MODULE.length());
            if (!moduleIds.contains(module)) {
                add(path + ".when", "when-unknown-module", "No module before it has the id '" + module + "'");
            }
        } else if (!Questionnaire.BASELINE.equals(when) && !Questionnaire.FOLLOW_UP.equals(when)) {
            add(path + ".when", "when-format", "Must be 'baseline', 'after-module:<module id>' or 'follow-up'");
        }
    }

    private void profile(ProfileOptions profile) {
        values(profile.ageBands(), "$.profile.ageBands", AGE_BAND, "an age band such as '18-24' or '65+'");
        values(profile.countries(), "$.profile.countries", COUNTRY, "an ISO 3166-1 alpha-2 code such as 'MA'");
        values(profile.referrals(), "$.profile.referrals", ID, "lowercase letters, digits and hyphens");
    }

    private void values(List<String> values, String path, Pattern format, String expected) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || !format.matcher(value).matches()) {
                add(path + "[" + i + "]", "profile-value-format", "Must be " + expected);
            } else if (!seen.add(value)) {
                add(path + "[" + i + "]", "duplicate-profile-value", "'" + value + "' is listed twice");
            }
        }
    }

    /** Every declared language has a non-blank text, and no other language has one. */
    private void texts(Map<String, String> texts, String path) {
        if (texts.isEmpty()) {
            add(path, "required", "Give the text in " + languages);
            return;
        }
        for (String language : languages) {
            String text = texts.get(language);
            if (text == null || text.isBlank()) {
                add(path + "." + language, "missing-translation", "The text is missing in '" + language + "'");
            }
        }
        texts.keySet().stream().filter(language -> !languages.contains(language)).sorted()
                .forEach(language -> add(path + "." + language, "unknown-language-key", "'" + language + "' is not a language of the programme"));
    }

    private boolean identifier(String id, String path, String rule) {
        if (id == null) {
            add(path, "required", "An id is required");
            return false;
        }
        if (!ID.matcher(id).matches()) {
            add(path, rule, "An id is lowercase letters, digits and hyphens, starting with a letter or digit");
            return false;
        }
        return true;
    }

    private void add(String path, String rule, String message) {
        problems.add(new DefinitionProblem(source, path, rule, message));
    }
}
