package org.lanterne.evaluation.ui.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lanterne.evaluation.api.AccuracyIndicator;
import org.lanterne.evaluation.api.CalibrationIndicator;
import org.lanterne.evaluation.api.ChangeIndicator;
import org.lanterne.evaluation.api.ProgrammeSessions;
import org.lanterne.evaluation.api.PublishedTable;
import org.lanterne.evaluation.api.Subgroup;
import org.lanterne.evaluation.api.SurvivalCurve;
import org.lanterne.evaluation.statistics.Interval;
import org.lanterne.evaluation.statistics.LogRank;
import org.lanterne.evaluation.statistics.PrePostChange;

/** The rows of the part's tables as text: numbers in the user's locale, withheld statistics as a dash. */
final class EvaluationTexts {

    /** Shown instead of a withheld statistic. */
    static final String WITHHELD = "\u2014";

    private final EvaluationMessages messages;
    private final Locale locale;

    EvaluationTexts(EvaluationMessages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** @return the label of a split in the user's language */
    String subgroup(Subgroup subgroup) {
        return switch (subgroup) {
            case NONE -> messages.evaluation_subgroup_none;
            case SITE -> messages.evaluation_subgroup_site;
            case AGE_BAND -> messages.evaluation_subgroup_age_band;
            case COUNTRY -> messages.evaluation_subgroup_country;
            case REFERRAL_ROUTE -> messages.evaluation_subgroup_referral_route;
            case ARM -> messages.evaluation_subgroup_arm;
        };
    }

    /** @return the column headings of a published table: its rows' heading, each group, the total */
    String[] headings(String rowHeading, PublishedTable table) {
        List<String> headings = new ArrayList<>(List.of(rowHeading));
        headings.addAll(table.columns());
        headings.add(messages.evaluation_column_total);
        return headings.toArray(String[]::new);
    }

    /** @return the headings of a table of recorded sessions: the month, each attendance, the total */
    String[] recordedHeadings(PublishedTable table) {
        List<String> headings = new ArrayList<>(List.of(messages.evaluation_recorded_month));
        table.columns().stream().map(this::attendance).forEach(headings::add);
        headings.add(messages.evaluation_column_total);
        return headings.toArray(String[]::new);
    }

    /** @return the heading of one programme's recorded sessions, with its attendance rate or a dash when withheld */
    String recordedProgramme(ProgrammeSessions sessions) {
        return MessageFormat.format(messages.evaluation_recorded_programme, sessions.programme(),
                Double.isNaN(sessions.attendanceRate()) ? WITHHELD : percent(sessions.attendanceRate()));
    }

    private String attendance(String id) {
        return switch (id) {
            case "attended" -> messages.evaluation_attendance_attended;
            case "late" -> messages.evaluation_attendance_late;
            case "did-not-attend" -> messages.evaluation_attendance_did_not_attend;
            case "cancelled-by-client" -> messages.evaluation_attendance_cancelled_by_client;
            case "cancelled-by-service" -> messages.evaluation_attendance_cancelled_by_service;
            case "planned" -> messages.evaluation_attendance_planned;
            default -> id;
        };
    }

    /** @return each row: its label, each shown count, its total; then the column totals */
    List<String[]> rows(PublishedTable table) {
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = new ArrayList<>(List.of(table.rows().get(r)));
            row.addAll(table.cells().get(r));
            row.add(table.rowTotals().get(r));
            rows.add(row.toArray(String[]::new));
        }
        List<String> totals = new ArrayList<>(List.of(messages.evaluation_column_total));
        totals.addAll(table.columnTotals());
        totals.add(table.total());
        rows.add(totals.toArray(String[]::new));
        return rows;
    }

    /** @return group | people | mean before | mean after | difference [interval] | d | g | improved (share) | deteriorated (share) */
    String[] change(ChangeIndicator line) {
        if (line.withheld()) {
            return new String[] { line.group(), line.people(), WITHHELD, WITHHELD, WITHHELD, WITHHELD, WITHHELD, line.improved(), line.deteriorated() };
        }
        PrePostChange c = line.change();
        return new String[] { line.group(), line.people(), number(c.meanBefore()), number(c.meanAfter()),
                number(c.meanDifference()) + " " + interval(c.interval()), number(c.cohensD()), number(c.hedgesG()),
                countWithShare(line.improved(), line.improvedShare()), countWithShare(line.deteriorated(), line.deterioratedShare()) };
    }

    /** @return group | cases | controls | AUC [interval] */
    String[] accuracy(AccuracyIndicator line) {
        return new String[] { line.group(), line.cases(), line.controls(),
                line.withheld() ? WITHHELD : number(line.auc().auc()) + " " + interval(line.auc().interval()) };
    }

    /** @return group | band | people | events | observed [interval] | expected */
    String[] calibration(CalibrationIndicator line) {
        return new String[] { line.group(), line.band(), line.people(), line.events(),
                line.withheld() ? WITHHELD : percent(line.observedRate()) + " " + percentInterval(line.interval()),
                Double.isNaN(line.expectedRate()) ? WITHHELD : percent(line.expectedRate()) };
    }

    /** @return group | people | events | survival at one, two and three years with their intervals */
    String[] survival(SurvivalCurve curve) {
        List<String> row = new ArrayList<>(List.of(curve.group(), curve.people(), curve.events()));
        for (int year = 1; year <= 3; year++) {
            int month = 12 * year;
            row.add(curve.points().size() > month ? percent(curve.points().get(month).survival()) + " "
                    + percentInterval(curve.points().get(month).interval()) : WITHHELD);
        }
        return row.toArray(String[]::new);
    }

    /** @return the test's statistic and p value, or why it is withheld */
    String logRank(LogRank test) {
        return test == null ? messages.evaluation_log_rank_withheld
                : MessageFormat.format(messages.evaluation_log_rank, number(test.chiSquare()), test.degreesOfFreedom(), pValue(test.pValue()));
    }

    String number(double value) {
        return String.format(locale, "%.2f", value);
    }

    private String pValue(double p) {
        return p < 0.001 ? "< " + String.format(locale, "%.3f", 0.001) : String.format(locale, "%.3f", p);
    }

    private String interval(Interval interval) {
        return "[" + number(interval.lower()) + "; " + number(interval.upper()) + "]";
    }

    private String percent(double share) {
        return String.format(locale, "%.1f %%", 100 * share);
    }

    private String percentInterval(Interval interval) {
        return Double.isNaN(interval.lower()) ? "" : "[" + String.format(locale, "%.1f", 100 * interval.lower()) + "; "
                + String.format(locale, "%.1f", 100 * interval.upper()) + "]";
    }

    private String countWithShare(String count, double share) {
        return Double.isNaN(share) ? count : count + " (" + percent(share) + ")";
    }
}
