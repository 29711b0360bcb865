package org.lanterne.literature.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.lanterne.literature.api.Decision;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.PrismaCounts;
import org.lanterne.literature.api.ScreeningConflict;
import org.lanterne.literature.api.ScreeningDecision;

/** What the Screening part says, in plain words of the user's language; kept apart from SWT so it can be tested. */
final class ScreeningTexts {

    /** How much of a record's text stands in for a missing abstract. */
    static final int EXCERPT = 1500;

    private ScreeningTexts() {
    }

    /** A line of the PRISMA counts: what is counted and how many; {@code indented} for the reasons under excluded. */
    record PrismaLine(String label, String count, boolean indented) {
    }

    static String decision(LiteratureMessages messages, Decision decision) {
        return switch (decision) {
            case INCLUDE -> messages.screening_decision_include;
            case EXCLUDE -> messages.screening_decision_exclude;
            case MAYBE -> messages.screening_decision_maybe;
        };
    }

    /** @return the names of {@link ScreeningDecision#EXCLUSION_REASONS} in the user's language, in their order */
    static List<String> reasons(LiteratureMessages messages) {
        return List.of(messages.screening_reason_population, messages.screening_reason_intervention,
                messages.screening_reason_comparator, messages.screening_reason_outcome, messages.screening_reason_design,
                messages.screening_reason_publication, messages.screening_reason_language, messages.screening_reason_period,
                messages.screening_reason_duplicate);
    }

    /** @return a reason in the user's language if it is one of the listed reasons, else as the reviewer wrote it */
    static String reason(LiteratureMessages messages, String reason) {
        int listed = ScreeningDecision.EXCLUSION_REASONS.indexOf(reason);
        return listed < 0 ? reason : reasons(messages).get(listed);
    }

    /** @return a decision with its reason, for instance "Exclude (wrong population)" */
    static String verdict(LiteratureMessages messages, ScreeningDecision decision) {
        String named = decision(messages, decision.decision());
        return decision.reason().map(reason -> named + " (" + reason(messages, reason) + ")").orElse(named);
    }

    /** @return the reviewer's own decision as the records list shows it, or nothing yet */
    static String mine(LiteratureMessages messages, Optional<ScreeningDecision> mine) {
        return mine.map(decision -> verdict(messages, decision)).orElse(messages.screening_undecided);
    }

    /** @return for instance "37 of 120 records screened by you." */
    static String progress(LiteratureMessages messages, long screened, int total) {
        return LiteratureTexts.format(messages.screening_progress, Long.toString(screened), Integer.toString(total));
    }

    /** @return each reviewer with their latest decision, by reviewer name: "amina: Include · karim: Exclude (wrong outcome)" */
    static String conflict(LiteratureMessages messages, ScreeningConflict conflict) {
        return conflict.latest().stream().sorted((a, b) -> a.reviewer().compareTo(b.reviewer()))
                .map(decision -> decision.reviewer() + ": " + verdict(messages, decision)).collect(Collectors.joining(" · "));
    }

    /** @return how many records are in conflict, and how a conflict ends */
    static String conflicts(LiteratureMessages messages, int count) {
        return switch (count) {
            case 0 -> messages.screening_conflicts_none;
            case 1 -> messages.screening_conflicts_one;
            default -> LiteratureTexts.format(messages.screening_conflicts_count, Integer.toString(count));
        };
    }

    /** @return what the reviewer reads to decide: the abstract if known, else the beginning of the text, cut at a space */
    static String excerpt(LiteratureRecord record, Optional<String> text) {
        Optional<String> known = record.details().abstractText().filter(words -> !words.isBlank());
        if (known.isPresent()) {
            return known.get().strip();
        }
        String whole = text.orElse("").strip();
        if (whole.length() <= EXCERPT) {
            return whole;
        }
        int cut = whole.lastIndexOf(' ', EXCERPT);
        return whole.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + " …";
    }

    /** @return the counts in the order of a PRISMA flow diagram, the excluded records' reasons under their total */
    static List<PrismaLine> prisma(LiteratureMessages messages, PrismaCounts counts) {
        List<PrismaLine> lines = new ArrayList<>();
        lines.add(line(messages.screening_prisma_identified, counts.identified()));
        lines.add(new PrismaLine(messages.screening_prisma_duplicates,
                counts.duplicatesRemoved().isPresent() ? Long.toString(counts.duplicatesRemoved().getAsLong()) : LiteratureTexts.NONE, false));
        lines.add(line(messages.screening_prisma_screened, counts.screened()));
        lines.add(line(messages.screening_prisma_excluded, counts.excluded()));
        for (Map.Entry<String, Long> reason : counts.excludedByReason().entrySet()) {
            lines.add(new PrismaLine(reason(messages, reason.getKey()), Long.toString(reason.getValue()), true));
        }
        lines.add(line(messages.screening_prisma_included, counts.included()));
        lines.add(line(messages.screening_prisma_maybe, counts.maybe()));
        lines.add(line(messages.screening_prisma_conflicts, counts.inConflict()));
        lines.add(line(messages.screening_prisma_undecided, counts.undecided()));
        return lines;
    }

    /**
     * @return the counts as CSV (RFC 4180, a header line then one line each), to paste into a
     *         spreadsheet; the reasons of exclusion are written "excluded: reason"
     */
    static String csv(LiteratureMessages messages, List<PrismaLine> lines) {
        StringBuilder out = new StringBuilder(csvField(messages.screening_prisma_column_what) + "," + csvField(messages.screening_prisma_column_count) + "\r\n");
        String excluded = messages.screening_prisma_excluded;
        for (PrismaLine line : lines) {
            out.append(csvField(line.indented() ? excluded + ": " + line.label() : line.label())).append(',').append(csvField(line.count())).append("\r\n");
        }
        return out.toString();
    }

    private static PrismaLine line(String label, long count) {
        return new PrismaLine(label, Long.toString(count), false);
    }

    private static String csvField(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
