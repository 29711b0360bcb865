package org.lanterne.instruments.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionExpiredException;
import org.lanterne.instruments.api.Assessment;
import org.lanterne.instruments.api.AssessmentChange;
import org.lanterne.instruments.api.Choice;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.InstrumentKind;
import org.lanterne.instruments.api.Item;
import org.lanterne.instruments.api.ScoreResult;
import org.lanterne.instruments.api.Total;
import org.lanterne.instruments.api.ValidationError;
import org.lanterne.instruments.api.ValidationError.Code;

/** What the Assessments part says, in plain words of the user's language; kept apart from SWT so it can be tested. */
final class InstrumentTexts {

    /** Shown where a table cell or a score has no value; a sign, not a word, so the same in every language. */
    static final String NONE = "—";

    private static final String FALLBACK_LANGUAGE = "en";
    private static final String LEFT_TO_RIGHT_MARK = "\u200E";
    private static final Set<Role> ASSESSORS = Set.of(Role.CLINICIAN, Role.SUPERVISOR);

    private InstrumentTexts() {
    }

    /** @return whether the session's roles work with assessments (the services check again) */
    static boolean assesses(Session session) {
        return session != null && session.roles().stream().anyMatch(ASSESSORS::contains);
    }

    /**
     * @param labels a label by language code, as definitions give them
     * @return the label in the locale's language, else in English, else the first by language code
     */
    static String label(Map<String, String> labels, Locale locale) {
        String label = labels.get(locale.getLanguage());
        if (label == null) {
            label = labels.get(FALLBACK_LANGUAGE);
        }
        if (label == null) {
            label = new TreeMap<>(labels).values().stream().findFirst().orElse("");
        }
        return label;
    }

    /** @return the instrument's title in the user's language, with its version */
    static String entry(InstrumentsMessages messages, InstrumentDefinition definition, Locale locale) {
        return format(messages.assessments_instrument_entry, label(definition.titles(), locale), definition.version());
    }

    static String total(InstrumentsMessages messages, LiveScore score) {
        Integer total = score.total();
        if (total == null) {
            return messages.assessments_total_none;
        }
        return format(score.provisional() ? messages.assessments_total_so_far : messages.assessments_total, total.toString());
    }

    /** @return the subscales and ratios of a valid result, one line each; empty otherwise */
    static List<String> details(InstrumentsMessages messages, InstrumentDefinition definition, ScoreResult result, Locale locale) {
        List<String> lines = new ArrayList<>();
        if (!result.valid()) {
            return lines;
        }
        for (Total total : definition.totals()) {
            String name = label(total.labels(), locale);
            Integer value = result.totals().get(total.id());
            if (value != null && total != definition.totals().get(0)) {
                lines.add(format(messages.assessments_subtotal, name, value.toString()));
            }
            Double ratio = result.ratios().get(total.id());
            if (ratio != null) {
                lines.add(format(messages.assessments_ratio, name, Long.toString(Math.round(ratio * 100))));
            }
        }
        return lines;
    }

    /** @return the band of a valid result, or the final judgement of a structured professional judgement */
    static String band(InstrumentsMessages messages, InstrumentDefinition definition, ScoreResult result, Locale locale) {
        if (definition.kind() == InstrumentKind.SPJ) {
            return result.valid() && result.judgement() != null
                    ? format(messages.assessments_judgement, choiceLabel(definition, definition.judgementItem(), result.judgement(), locale))
                    : messages.assessments_judgement_pending;
        }
        if (definition.bandProfiles().isEmpty()) {
            return messages.assessments_band_none;
        }
        return result.valid() && result.band() != null
                ? format(messages.assessments_band, label(result.band().labels(), locale))
                : messages.assessments_band_pending;
    }

    static String missing(InstrumentsMessages messages, InstrumentDefinition definition, ScoreResult result, Locale locale) {
        if (result.missingItems().isEmpty()) {
            return messages.assessments_missing_none;
        }
        return format(messages.assessments_missing, result.missingItems().stream()
                .map(itemId -> itemLabel(definition, itemId, locale)).collect(Collectors.joining("; ")));
    }

    /** @return why the answers cannot be scored, one line per problem; unanswered items are told by {@link #missing} */
    static String errors(InstrumentsMessages messages, InstrumentDefinition definition, ScoreResult result, Locale locale) {
        return result.errors().stream().filter(error -> error.code() != Code.MISSING_ITEM)
                .map(error -> error(messages, definition, error, locale)).collect(Collectors.joining("\n"));
    }

    static String error(InstrumentsMessages messages, InstrumentDefinition definition, ValidationError error, Locale locale) {
        String item = error.itemId() == null ? "" : itemLabel(definition, error.itemId(), locale);
        return switch (error.code()) {
            case UNKNOWN_ITEM -> format(messages.assessments_error_unknown_item, item);
            case INVALID_VALUE -> format(messages.assessments_error_invalid_value, item);
            case VALUE_NOT_ALLOWED -> format(messages.assessments_error_value_not_allowed, item);
            case OUT_OF_RANGE -> format(messages.assessments_error_out_of_range, item);
            case MISSING_ITEM -> format(messages.assessments_error_missing_item, item);
            case TOO_MANY_MISSING -> messages.assessments_error_too_many_missing;
            case MISSING_JUDGEMENT -> messages.assessments_error_missing_judgement;
            case UNKNOWN_BAND_PROFILE -> messages.assessments_error_unknown_band_profile;
        };
    }

    /**
     * @param failure what recording or reading assessments threw, other than invalid answers
     * @return the refusal in plain words, or {@code null} if the failure is not one the user can act on
     */
    static String refusal(InstrumentsMessages messages, RuntimeException failure) {
        return switch (failure) {
            case SessionExpiredException expired -> messages.assessments_session_ended;
            case AccessDeniedException denied -> format(messages.assessments_denied, String.valueOf(denied.getMessage()));
            case NoSuchElementException gone -> messages.assessments_instrument_gone;
            // the part checks the date before recording, so only the code can be refused
            case IllegalArgumentException invalid -> messages.assessments_code_invalid;
            default -> null;
        };
    }

    /**
     * @param definition the instrument's definition, to name an SPJ judgement; {@code null} if withdrawn
     * @return date, rater, total, change and band (or judgement) of one assessment of a history
     */
    static String[] historyRow(AssessmentChange change, InstrumentDefinition definition, Locale locale) {
        Assessment assessment = change.assessment();
        Integer total = assessment.total();
        String band = assessment.result().band() != null ? label(assessment.result().band().labels(), locale)
                : assessment.result().judgement() != null && definition != null
                        ? choiceLabel(definition, definition.judgementItem(), assessment.result().judgement(), locale)
                        : NONE;
        return new String[] { date(assessment.assessedOn(), locale), assessment.rater(),
                total == null ? NONE : total.toString(), signed(change.totalChange()), band };
    }

    /**
     * @return the change with its sign ({@code +2}, {@code -1}, {@code 0}), or nothing for the first
     *         assessment; a left-to-right mark keeps the sign before the number in right-to-left text
     */
    static String signed(Integer change) {
        if (change == null) {
            return "";
        }
        return LEFT_TO_RIGHT_MARK + (change > 0 ? "+" + change : change.toString());
    }

    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** @return the item's label in the user's language, or its id if the definition has no such item */
    static String itemLabel(InstrumentDefinition definition, String itemId, Locale locale) {
        return definition.item(itemId).map(item -> label(item.labels(), locale)).orElse(itemId);
    }

    private static String choiceLabel(InstrumentDefinition definition, String itemId, String value, Locale locale) {
        return definition.item(itemId).map(Item::choices).orElse(List.of()).stream()
                .filter(choice -> choice.value().equals(value)).findFirst()
                .map(Choice::labels).map(labels -> label(labels, locale)).orElse(value);
    }

    /** Fills {@code {0}}, {@code {1}}, ...; not MessageFormat, whose quoting rules break French apostrophes. */
    static String format(String pattern, String... values) {
        String text = pattern;
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", values[i]);
        }
        return text;
    }
}
