package org.lanterne.notes.ui.internal;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.SessionExpiredException;
import org.lanterne.notes.api.Amendment;
import org.lanterne.notes.api.Attachment;
import org.lanterne.notes.api.Attendance;
import org.lanterne.notes.api.CaseFile;
import org.lanterne.notes.api.CaseSummary;
import org.lanterne.notes.api.Modality;
import org.lanterne.notes.api.Note;
import org.lanterne.notes.api.NoteHit;
import org.lanterne.notes.api.NoteTemplate;
import org.lanterne.notes.api.RiskFlag;
import org.lanterne.notes.api.RiskFlagKind;
import org.lanterne.notes.api.SessionRecord;
import org.lanterne.notes.api.TimelineEntry;

/** What the Caseload part says, in plain words of the user's language; kept apart from SWT so it can be tested. */
final class NotesTexts {

    /** Shown where a cell has no value; a sign, not a word, so the same in every language. */
    static final String NONE = "—";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)\\}");
    private static final String LEFT_TO_RIGHT_MARK = "\u200E";
    private static final long KILOBYTE = 1024;

    private NotesTexts() {
    }

    /** @return the client's code, with the alias the clinician chose when there is one */
    static String client(CaseFile file) {
        // the mark keeps the code's dashes in place in right-to-left text
        String code = LEFT_TO_RIGHT_MARK + file.clientCode() + LEFT_TO_RIGHT_MARK;
        return file.alias() == null || file.alias().isBlank() ? code : code + " (" + file.alias() + ")";
    }

    /** @return client, programme, start, last and next session, latest band, open flags; and the holder for a supervisor */
    static String[] caseRow(CaseSummary summary, Locale locale, boolean withClinician) {
        CaseFile file = summary.file();
        List<String> row = new ArrayList<>(List.of(client(file), file.programme(), date(file.startedOn(), locale),
                date(summary.lastSession(), locale), date(summary.nextSession(), locale), summary.latestBand().orElse(NONE),
                Integer.toString(summary.openFlags())));
        if (withClinician) {
            row.add(file.clinician());
        }
        return row.toArray(String[]::new);
    }

    /** @return day, start, minutes, modality and attendance of a session */
    static String[] sessionRow(NotesMessages messages, SessionRecord session, Locale locale) {
        var details = session.details();
        return new String[] { date(details.day(), locale), time(details.start(), locale), Integer.toString(details.minutes()),
                modality(messages, details.modality()), attendance(messages, details.attendance()) };
    }

    /** @param clients the client of each case the user sees, by case id */
    static String[] alertRow(NotesMessages messages, RiskFlag flag, Map<String, String> clients, Locale locale) {
        return new String[] { instant(flag.raisedAt(), locale), clients.getOrDefault(flag.caseId(), NONE), risk(messages, flag.kind()),
                flag.raisedBy() };
    }

    /**
     * @param clients the client of each case the user sees, by case id
     * @param passage the hit's passage as it is shown, on one line
     * @return client, day, whether a note or an attached file holds the words, and the passage
     */
    static String[] hitRow(NotesMessages messages, NoteHit hit, Map<String, String> clients, Locale locale, String passage) {
        return new String[] { clients.getOrDefault(hit.caseId(), NONE), date(hit.day(), locale),
                hit.attachmentId() == null ? messages.search_in_note : messages.search_in_attachment, passage };
    }

    /** @return the file's name, its size, and whether its text was read for search or why not */
    static String[] attachmentRow(NotesMessages messages, Attachment attachment, Locale locale) {
        return new String[] { attachment.fileName(), size(messages, attachment.size(), locale), attachment.notSearchable()
                .map(reason -> format(messages.attachment_not_searchable, reason)).orElse(messages.attachment_searchable) };
    }

    /** @return a size in bytes, kilobytes (rounded up, so that a small file is not "0 KB") or megabytes with one decimal */
    static String size(NotesMessages messages, long bytes, Locale locale) {
        if (bytes < KILOBYTE) {
            return format(messages.size_bytes, Long.toString(bytes));
        }
        if (bytes < KILOBYTE * KILOBYTE) {
            return format(messages.size_kilobytes, Long.toString((bytes + KILOBYTE - 1) / KILOBYTE));
        }
        NumberFormat megabytes = NumberFormat.getNumberInstance(locale);
        megabytes.setMinimumFractionDigits(1);
        megabytes.setMaximumFractionDigits(1);
        return format(messages.size_megabytes, megabytes.format(bytes / (double) (KILOBYTE * KILOBYTE)));
    }

    /** @return day, event and its detail; attendances and kinds of risk are translated */
    static String[] timelineRow(NotesMessages messages, TimelineEntry entry, Locale locale) {
        return switch (entry.kind()) {
            case SESSION -> new String[] { date(entry.day(), locale), messages.timeline_session, translated(entry.label(), Attendance.class,
                    a -> attendance(messages, a)) };
            case ASSESSMENT -> new String[] { date(entry.day(), locale), messages.timeline_assessment, entry.label() };
            case FLAG_RAISED -> new String[] { date(entry.day(), locale), messages.timeline_flag_raised, translated(entry.label(),
                    RiskFlagKind.class, k -> risk(messages, k)) };
            case FLAG_RESOLVED -> new String[] { date(entry.day(), locale), messages.timeline_flag_resolved, translated(entry.label(),
                    RiskFlagKind.class, k -> risk(messages, k)) };
        };
    }

    static String rate(NotesMessages messages, OptionalDouble rate) {
        return rate.isPresent() ? format(messages.timeline_rate, Long.toString(Math.round(rate.getAsDouble() * 100)))
                : messages.timeline_rate_none;
    }

    /** @return the signed version, then each amendment: version, who, when, why */
    static List<String[]> history(NotesMessages messages, Note note, Locale locale) {
        List<String[]> rows = new ArrayList<>();
        if (!note.signed()) {
            return rows;
        }
        rows.add(new String[] { messages.note_version_signed, note.author(), instant(note.signedAt().get(), locale), "" });
        for (int i = 0; i < note.amendments().size(); i++) {
            Amendment amendment = note.amendments().get(i);
            rows.add(new String[] { format(messages.note_version_amendment, Integer.toString(i + 1)), amendment.author(),
                    instant(amendment.at(), locale), amendment.reason() });
        }
        return rows;
    }

    /** @param version 0 for the signed text, n for the n-th amendment */
    static Map<String, String> versionSections(Note note, int version) {
        return version == 0 ? note.sections() : note.amendments().get(version - 1).sections();
    }

    /** @return the sections of a version under their headings, in the template's order */
    static String versionText(NoteTemplate template, Map<String, String> sections, Locale locale) {
        StringBuilder text = new StringBuilder();
        for (NoteTemplate.Section section : template.sections()) {
            text.append(section.label(locale)).append('\n').append(sections.getOrDefault(section.id(), "")).append("\n\n");
        }
        return text.toString().strip();
    }

    /** @return the client codes of a group session's other attendees, as typed: separated by commas */
    static List<String> codes(String typed) {
        return Arrays.stream(typed.split(",")).map(String::strip).filter(code -> !code.isEmpty()).toList();
    }

    /** @return the goals, one per line as typed */
    static List<String> lines(String typed) {
        return typed.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /**
     * @param failure what a notes service threw
     * @return the refusal in plain words, or {@code null} if the failure is not one the user can act on
     */
    static String refusal(NotesMessages messages, RuntimeException failure) {
        return switch (failure) {
            case SessionExpiredException expired -> messages.notes_session_ended;
            case AccessDeniedException denied -> messages.notes_denied;
            case NoSuchElementException gone -> messages.notes_gone;
            // the services explain bad input and refused steps (a signed note, an empty required section) in their message
            case IllegalArgumentException invalid -> format(messages.notes_refused, String.valueOf(invalid.getMessage()));
            case IllegalStateException refused -> format(messages.notes_refused, String.valueOf(refused.getMessage()));
            default -> null;
        };
    }

    static String modality(NotesMessages messages, Modality modality) {
        return switch (modality) {
            case INDIVIDUAL -> messages.modality_individual;
            case GROUP -> messages.modality_group;
            case FAMILY -> messages.modality_family;
            case ONLINE -> messages.modality_online;
            case PHONE -> messages.modality_phone;
        };
    }

    static String attendance(NotesMessages messages, Attendance attendance) {
        return switch (attendance) {
            case PLANNED -> messages.attendance_planned;
            case ATTENDED -> messages.attendance_attended;
            case LATE -> messages.attendance_late;
            case CANCELLED_BY_CLIENT -> messages.attendance_cancelled_by_client;
            case CANCELLED_BY_SERVICE -> messages.attendance_cancelled_by_service;
            case DID_NOT_ATTEND -> messages.attendance_did_not_attend;
        };
    }

    static String risk(NotesMessages messages, RiskFlagKind kind) {
        return switch (kind) {
            case SAFEGUARDING_DISCLOSURE -> messages.risk_safeguarding_disclosure;
            case SELF_HARM -> messages.risk_self_harm;
            case ESCALATING_RISK -> messages.risk_escalating_risk;
            case BREACH_OF_CONDITIONS -> messages.risk_breach_of_conditions;
        };
    }

    static String date(Optional<LocalDate> day, Locale locale) {
        return day.map(d -> date(d, locale)).orElse(NONE);
    }

    static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    static String time(LocalTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    static String instant(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(at.atZone(ZoneId.systemDefault()));
    }

    /** Fills {@code {0}}, {@code {1}}, ...; not MessageFormat, whose quoting rules break French apostrophes. */
    static String format(String pattern, String... values) {
        return PLACEHOLDER.matcher(pattern).replaceAll(found -> Matcher.quoteReplacement(values[Integer.parseInt(found.group(1))]));
    }

    // Timeline labels are in the data's own terms: an enum constant's name is translated, anything else shown as it is.
    private static <E extends Enum<E>> String translated(String label, Class<E> type, Function<E, String> text) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(label)).findFirst().map(text)
                .orElse(label);
    }
}
