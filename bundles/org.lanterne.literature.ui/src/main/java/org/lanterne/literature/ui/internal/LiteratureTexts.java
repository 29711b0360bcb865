package org.lanterne.literature.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.SessionExpiredException;
import org.lanterne.literature.api.Facet;
import org.lanterne.literature.api.FileOutcome;
import org.lanterne.literature.api.ImportReport;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.SortOrder;

/** What the Library part says, in plain words of the user's language; kept apart from SWT so it can be tested. */
final class LiteratureTexts {

    /** Shown where a record has no value; a sign, not a word, so the same in every language. */
    static final String NONE = "—";

    /** The languages the library tells apart, as their codes, in the order offered for correction. */
    static final List<String> LANGUAGES = List.of("fr", "en", "ar", "und");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private LiteratureTexts() {
    }

    /** @return the name of a language code in the user's language, or the code itself if unknown */
    static String language(LiteratureMessages messages, String code) {
        return switch (code) {
            case "fr" -> messages.library_language_fr;
            case "en" -> messages.library_language_en;
            case "ar" -> messages.library_language_ar;
            case "und" -> messages.library_language_und;
            default -> code;
        };
    }

    static String facet(LiteratureMessages messages, Facet facet) {
        return switch (facet) {
            case YEAR -> messages.library_facet_year;
            case LANGUAGE -> messages.library_facet_language;
            case DOCUMENT_TYPE -> messages.library_facet_document_type;
            case TAG -> messages.library_facet_tag;
            case COUNTRY -> messages.library_facet_country;
        };
    }

    /** @return a facet value with its count in parentheses, languages by their names */
    static String facetValue(LiteratureMessages messages, Facet facet, String value, long count) {
        return (facet == Facet.LANGUAGE ? language(messages, value) : value) + " (" + count + ")";
    }

    static String sort(LiteratureMessages messages, SortOrder order) {
        return switch (order) {
            case RELEVANCE -> messages.library_sort_relevance;
            case YEAR_NEWEST_FIRST -> messages.library_sort_newest;
            case YEAR_OLDEST_FIRST -> messages.library_sort_oldest;
        };
    }

    /** @return how many records match and how many are shown */
    static String total(LiteratureMessages messages, long total, int shown) {
        if (total == 0) {
            return messages.library_total_none;
        }
        return total == 1 ? messages.library_total_one : format(messages.library_total, Long.toString(total), Integer.toString(shown));
    }

    /** @return title, authors, year and language of a record, as a row of the results */
    static String[] row(LiteratureMessages messages, LiteratureRecord record) {
        return new String[] { record.title(), authors(record), year(record), language(messages, record.language()) };
    }

    static String authors(LiteratureRecord record) {
        return record.authors().isEmpty() ? NONE : String.join("; ", record.authors());
    }

    static String year(LiteratureRecord record) {
        return record.year().isPresent() ? Integer.toString(record.year().getAsInt()) : NONE;
    }

    /** @return the lines describing a record under its title in the preview; unknown values are said so */
    static List<String> details(LiteratureMessages messages, LiteratureRecord record) {
        List<String> lines = new ArrayList<>();
        lines.add(format(messages.library_preview_authors, record.authors().isEmpty() ? messages.library_unknown : authors(record)));
        lines.add(format(messages.library_preview_year, record.year().isPresent() ? year(record) : messages.library_unknown));
        lines.add(format(messages.library_preview_language, language(messages, record.language())));
        lines.add(format(messages.library_preview_type, record.documentType()));
        record.doi().ifPresent(doi -> lines.add(format(messages.library_preview_doi, doi)));
        if (!record.tags().isEmpty()) {
            lines.add(format(messages.library_preview_tags, String.join(", ", record.tags().stream().sorted().toList())));
        }
        record.country().ifPresent(country -> lines.add(format(messages.library_preview_country, country)));
        lines.add(format(messages.library_preview_source, record.sourceFileName()));
        return lines;
    }

    static String outcome(LiteratureMessages messages, FileOutcome.Status status) {
        return switch (status) {
            case IMPORTED -> messages.import_outcome_imported;
            case DUPLICATE -> messages.import_outcome_duplicate;
            case REJECTED -> messages.import_outcome_rejected;
        };
    }

    /** @return how many files were imported, found to be duplicates and refused, and whether the import was cancelled */
    static String summary(LiteratureMessages messages, ImportReport report) {
        String counts = format(messages.import_summary, Long.toString(report.count(FileOutcome.Status.IMPORTED)),
                Long.toString(report.count(FileOutcome.Status.DUPLICATE)), Long.toString(report.count(FileOutcome.Status.REJECTED)));
        return report.cancelled() ? counts + " " + messages.import_cancelled : counts;
    }

    /** @return what is wrong with a field of the correction form */
    static String problem(LiteratureMessages messages, Correction.Problem problem) {
        return switch (problem) {
            case TITLE -> messages.correct_title_blank;
            case YEAR -> messages.correct_year_invalid;
            case DOI -> messages.correct_doi_invalid;
        };
    }

    /**
     * @param failure what checking the session or calling the library threw
     * @return the refusal in plain words, or {@code null} if the failure is not one the user can act on
     */
    static String refusal(LiteratureMessages messages, RuntimeException failure) {
        return switch (failure) {
            case SessionExpiredException expired -> messages.library_session_ended;
            case AccessDeniedException denied -> messages.library_denied;
            default -> null;
        };
    }

    /** Fills {@code {0}}, {@code {1}}, ...; not MessageFormat, whose quoting rules break French apostrophes. */
    static String format(String pattern, String... values) {
        return PLACEHOLDER.matcher(pattern).replaceAll(found -> Matcher.quoteReplacement(values[Integer.parseInt(found.group(1))]));
    }
}
