package org.lanterne.literature.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.lanterne.literature.api.LiteratureRecord;

/**
 * The values of the correction form, as typed, and the record they make. Only the fields the form
 * offers change; tags, country and bibliographic details stay as they are.
 *
 * @param title    the title
 * @param authors  the authors, one per line
 * @param year     the year, or blank
 * @param doi      the DOI, with or without {@code https://doi.org/}, or blank
 * @param language a language code of {@link LiteratureTexts#LANGUAGES}
 */
record Correction(String title, String authors, String year, String doi, String language) {

    /** The field at fault, so that the form can say which and put the cursor there. */
    enum Problem {
        TITLE, YEAR, DOI
    }

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final String RESOLVER = "https://doi.org/";

    /** @return the form filled with the record's values */
    static Correction of(LiteratureRecord record) {
        return new Correction(record.title(), String.join("\n", record.authors()),
                record.year().isPresent() ? Integer.toString(record.year().getAsInt()) : "", record.doi().orElse(""),
                record.language());
    }

    /** @return the first field that cannot be saved as typed, if any */
    Optional<Problem> problem() {
        if (title.isBlank()) {
            return Optional.of(Problem.TITLE);
        }
        if (!year.isBlank() && !YEAR.matcher(year.strip()).matches()) {
            return Optional.of(Problem.YEAR);
        }
        if (!doi.isBlank() && !DOI.matcher(normalisedDoi()).matches()) {
            return Optional.of(Problem.DOI);
        }
        return Optional.empty();
    }

    /**
     * @param record the record as stored
     * @return the record with the form's values; call only when there is no {@link #problem()}
     */
    LiteratureRecord applyTo(LiteratureRecord record) {
        List<String> names = Arrays.stream(authors.split("\\R")).map(String::strip).filter(name -> !name.isEmpty()).toList();
        OptionalInt corrected = year.isBlank() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(year.strip()));
        return new LiteratureRecord(record.id(), title.strip(), names, corrected,
                doi.isBlank() ? Optional.empty() : Optional.of(normalisedDoi()), language, record.documentType(),
                record.tags(), record.country(), record.sourceFileName(), record.contentHash(), record.details());
    }

    // The library keeps DOIs in lower case without a resolver.
    private String normalisedDoi() {
        String value = doi.strip().toLowerCase(Locale.ROOT);
        return value.startsWith(RESOLVER) ? value.substring(RESOLVER.length()) : value;
    }
}
