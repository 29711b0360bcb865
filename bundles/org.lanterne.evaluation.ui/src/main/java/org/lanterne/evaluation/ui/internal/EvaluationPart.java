package org.lanterne.evaluation.ui.internal;

import java.lang.System.Logger.Level;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.lanterne.evaluation.api.EvaluationIndicators;
import org.lanterne.evaluation.api.IndicatorReport;
import org.lanterne.evaluation.api.ProgrammeSessions;
import org.lanterne.evaluation.api.PublishedTable;
import org.lanterne.evaluation.api.Subgroup;
import org.lanterne.evaluation.ui.EvaluationWidgetIds;
import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Session;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Every indicator of a chosen programme of the evaluation data, split by a chosen subgroup, as
 * {@link EvaluationIndicators} publishes them: counts of 1 to 4 people shown as {@code <5}, more
 * counts hidden as {@code x}, statistics on fewer than 5 people withheld (a dash here). Each
 * reading is audited by the service, so the part reads only when the programme, the split or the
 * signed-in user changes.
 */
public class EvaluationPart {

    private static final System.Logger LOG = System.getLogger(EvaluationPart.class.getName());
    private static final int TABLE_HEIGHT = 150;
    /** What a table or chart asks for at least: the grid shares out the rest, so that two fit side by side. */
    private static final int PREFERRED_WIDTH = 280;
    private static final Subgroup[] SUBGROUPS = Subgroup.values();

    @Inject
    @Translation
    EvaluationMessages messages;

    @Inject
    UISynchronize sync;

    private Locale locale = Locale.ENGLISH;
    private AccessPolicy policy;
    private Session session;
    private EvaluationIndicators indicators;

    private Composite content;
    private ScrolledComposite scrolled;
    private Composite body;
    private Label notice;
    private Composite shown;
    private Combo programme;
    private Combo subgroup;
    private Label summary;
    private Composite tables;
    private Composite recorded;
    private Label recordedNotice;
    private ChartView enrolmentChart;
    private ChartView survivalChart;
    private Label logRank;
    private EvaluationTexts texts;

    private List<String> offered = List.of();
    private Session shownFor;
    private boolean refreshPending;

    @Inject
    void setLocale(@Optional @Named(TranslationService.LOCALE) Locale current) {
        locale = current == null ? Locale.ENGLISH : current;
    }

    @Inject
    void setPolicy(@Optional AccessPolicy service) {
        policy = service;
        asyncRefresh();
    }

    @Inject
    void setSession(@Optional Session current) {
        session = current;
        asyncRefresh();
    }

    @Inject
    void setIndicators(@Optional EvaluationIndicators service) {
        indicators = service;
        asyncRefresh();
    }

    @PostConstruct
    public void createControls(Composite parent) {
        texts = new EvaluationTexts(messages, locale);
        content = parent;
        parent.setLayout(new GridLayout(1, false));
        scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scrolled.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        body = new Composite(scrolled, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        scrolled.setContent(body);
        scrolled.addListener(SWT.Resize, event -> layout());

        wrapped(body, messages.evaluation_title);
        wrapped(body, messages.evaluation_intro);
        notice = named(wrapped(body, ""), EvaluationWidgetIds.NOTICE);

        shown = new Composite(body, SWT.NONE);
        shown.setLayout(new GridLayout(1, false));
        shown.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite bar = new Composite(shown, SWT.NONE);
        bar.setLayout(new GridLayout(4, false));
        new Label(bar, SWT.NONE).setText(messages.evaluation_programme);
        programme = named(new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN), EvaluationWidgetIds.PROGRAMME);
        programme.addListener(SWT.Selection, event -> showReport());
        new Label(bar, SWT.NONE).setText(messages.evaluation_subgroup);
        subgroup = named(new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN), EvaluationWidgetIds.SUBGROUP);
        for (Subgroup each : SUBGROUPS) {
            subgroup.add(texts.subgroup(each));
        }
        subgroup.select(0);
        subgroup.addListener(SWT.Selection, event -> showReport());
        summary = named(wrapped(shown, ""), EvaluationWidgetIds.SUMMARY);
        wrapped(shown, messages.evaluation_suppressed_note);

        Composite charts = new Composite(shown, SWT.NONE);
        charts.setLayout(new GridLayout(2, true));
        charts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        enrolmentChart = new ChartView(charts, EvaluationWidgetIds.ENROLMENT_CHART, messages);
        survivalChart = new ChartView(charts, EvaluationWidgetIds.SURVIVAL_CHART, messages);
        logRank = named(wrapped(shown, ""), EvaluationWidgetIds.LOG_RANK);

        tables = new Composite(shown, SWT.NONE);
        tables.setLayout(new GridLayout(2, true));
        tables.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        wrapped(shown, messages.evaluation_recorded_title);
        wrapped(shown, messages.evaluation_recorded_intro);
        recordedNotice = named(wrapped(shown, ""), EvaluationWidgetIds.RECORDED_SESSIONS);
        recorded = new Composite(shown, SWT.NONE);
        recorded.setLayout(new GridLayout(2, true));
        recorded.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        refresh();
    }

    @Focus
    public void setFocus() {
        if (programme.isEnabled()) {
            programme.setFocus();
        } else {
            body.setFocus();
        }
    }

    // Services and the session change on any thread; the part follows on the UI thread, once for several changes.
    private void asyncRefresh() {
        if (content != null && !content.isDisposed() && !refreshPending) {
            refreshPending = true;
            sync.asyncExec(() -> {
                refreshPending = false;
                if (!content.isDisposed()) {
                    refresh();
                }
            });
        }
    }

    private void refresh() {
        boolean allowed = EvaluationAccess.readsIndicators(policy, session);
        say(notice, indicators == null ? messages.evaluation_unavailable : allowed ? "" : messages.evaluation_not_allowed, true);
        show(shown, allowed && indicators != null);
        if (!Objects.equals(session, shownFor) || offered.isEmpty()) {
            shownFor = session;
            listProgrammes();
            showReport();
            showRecordedSessions();
        }
        layout();
    }

    private void listProgrammes() {
        offered = List.of();
        if (indicators != null && EvaluationAccess.readsIndicators(policy, session)) {
            try {
                offered = indicators.programmes(session);
            } catch (RuntimeException e) {
                say(notice, problem(e), true);
            }
        }
        programme.setItems(offered.toArray(String[]::new));
        if (!offered.isEmpty()) {
            programme.select(0);
        }
        programme.setEnabled(!offered.isEmpty());
    }

    private void showReport() {
        int index = programme.getSelectionIndex();
        if (indicators == null || session == null || index < 0 || index >= offered.size()) {
            clear(offered.isEmpty() && indicators != null && EvaluationAccess.readsIndicators(policy, session) ? messages.evaluation_no_data : "");
            return;
        }
        String chosen = offered.get(index);
        Subgroup split = SUBGROUPS[Math.max(0, subgroup.getSelectionIndex())];
        EvaluationIndicators service = indicators;
        Session asking = session;
        IndicatorReport[] read = new IndicatorReport[1];
        RuntimeException[] failed = new RuntimeException[1];
        BusyIndicator.showWhile(content.getDisplay(), () -> {
            try {
                read[0] = service.report(asking, chosen, split);
            } catch (RuntimeException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            clear(problem(failed[0]));
            return;
        }
        show(read[0]);
    }

    private void show(IndicatorReport report) {
        String source = report.source().equals("demo") ? messages.evaluation_source_demo : report.source();
        say(summary, MessageFormat.format(messages.evaluation_summary, source, report.enrolmentsByMonth().total()), false);
        for (Control old : tables.getChildren()) {
            old.dispose();
        }
        table(messages.evaluation_by_month, EvaluationWidgetIds.BY_MONTH, report.enrolmentsByMonth());
        table(messages.evaluation_funnel, EvaluationWidgetIds.FUNNEL, report.funnel());
        table(messages.evaluation_by_age_band, EvaluationWidgetIds.BY_AGE_BAND, report.enrolmentsByAgeBand());
        table(messages.evaluation_by_referral, EvaluationWidgetIds.BY_REFERRAL, report.enrolmentsByReferralRoute());
        table(messages.evaluation_by_site, EvaluationWidgetIds.BY_SITE, report.enrolmentsBySite());
        table(messages.evaluation_dropouts, EvaluationWidgetIds.DROPOUTS, report.dropoutsByMonth());
        if (!report.change().isEmpty()) {
            table(messages.evaluation_change, EvaluationWidgetIds.CHANGE, report.change().stream().map(texts::change).toList(),
                    messages.evaluation_column_group, messages.evaluation_column_people, messages.evaluation_column_mean_before,
                    messages.evaluation_column_mean_after, messages.evaluation_column_difference, messages.evaluation_column_d,
                    messages.evaluation_column_g, messages.evaluation_column_improved, messages.evaluation_column_deteriorated);
        }
        if (!report.accuracy().isEmpty()) {
            table(messages.evaluation_accuracy, EvaluationWidgetIds.ACCURACY, report.accuracy().stream().map(texts::accuracy).toList(),
                    messages.evaluation_column_group, messages.evaluation_column_cases, messages.evaluation_column_controls,
                    messages.evaluation_column_auc);
            table(messages.evaluation_calibration, EvaluationWidgetIds.CALIBRATION, report.calibration().stream().map(texts::calibration).toList(),
                    messages.evaluation_column_group, messages.evaluation_column_band, messages.evaluation_column_people,
                    messages.evaluation_column_events, messages.evaluation_column_observed, messages.evaluation_column_expected);
        }
        if (!report.survival().isEmpty()) {
            table(messages.evaluation_survival, EvaluationWidgetIds.SURVIVAL, report.survival().stream().map(texts::survival).toList(),
                    messages.evaluation_column_group, messages.evaluation_column_people, messages.evaluation_column_events,
                    MessageFormat.format(messages.evaluation_column_year, 1), MessageFormat.format(messages.evaluation_column_year, 2),
                    MessageFormat.format(messages.evaluation_column_year, 3));
        }
        enrolmentChart.show(Charts.enrolments(report.enrolmentsByMonth(), messages.evaluation_by_month, messages.evaluation_chart_withheld,
                messages.evaluation_axis_month, messages.evaluation_axis_people));
        survivalChart.show(report.survival().isEmpty() ? null
                : Charts.survival(report.survival(), messages.evaluation_survival, messages.evaluation_axis_months, messages.evaluation_axis_share));
        say(logRank, report.survival().isEmpty() ? "" : texts.logRank(report.logRank()), false);
        layout();
    }

    /** The installation's own sessions do not depend on the programme or split chosen: read once per user. */
    private void showRecordedSessions() {
        for (Control old : recorded.getChildren()) {
            old.dispose();
        }
        if (indicators == null || !EvaluationAccess.readsIndicators(policy, session)) {
            say(recordedNotice, "", false);
            return;
        }
        try {
            List<ProgrammeSessions> programmes = indicators.recordedSessions(session);
            say(recordedNotice, programmes.isEmpty() ? messages.evaluation_recorded_none : "", false);
            for (ProgrammeSessions each : programmes) {
                table(recorded, texts.recordedProgramme(each), EvaluationWidgetIds.RECORDED_SESSIONS + ":" + each.programme(),
                        texts.rows(each.byMonth()), texts.recordedHeadings(each.byMonth()));
            }
        } catch (RuntimeException e) {
            say(recordedNotice, problem(e), true);
        }
    }

    private void table(String heading, String id, PublishedTable published) {
        if (published != null) {
            table(heading, id, texts.rows(published), texts.headings("", published));
        }
    }

    private void table(String heading, String id, List<String[]> rows, String... headings) {
        table(tables, heading, id, rows, headings);
    }

    private void table(Composite parent, String heading, String id, List<String[]> rows, String... headings) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        GridData areaSize = new GridData(SWT.FILL, SWT.TOP, true, false);
        areaSize.widthHint = PREFERRED_WIDTH;
        area.setLayoutData(areaSize);
        new Label(area, SWT.NONE).setText(heading);
        Table table = named(new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL), id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData size = new GridData(SWT.FILL, SWT.TOP, true, false);
        size.heightHint = TABLE_HEIGHT;
        size.widthHint = PREFERRED_WIDTH;
        table.setLayoutData(size);
        for (int i = 0; i < headings.length; i++) {
            new TableColumn(table, i == 0 ? SWT.LEAD : SWT.TRAIL).setText(headings[i]);
        }
        for (String[] row : rows) {
            new TableItem(table, SWT.NONE).setText(row);
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
    }

    private void clear(String why) {
        say(summary, why, false);
        for (Control old : tables.getChildren()) {
            old.dispose();
        }
        enrolmentChart.show(null);
        survivalChart.show(null);
        say(logRank, "", false);
        layout();
    }

    private String problem(RuntimeException failure) {
        if (failure instanceof AccessDeniedException) {
            return messages.evaluation_not_allowed;
        }
        LOG.log(Level.WARNING, "Reading the evaluation indicators failed", failure);
        return messages.evaluation_failed;
    }

    // Wraps texts and shares the width out at the part's own width; scrolls only vertically unless it is very narrow.
    private void layout() {
        int width = scrolled.getClientArea().width;
        body.layout(true, true);
        scrolled.setMinSize(body.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
    }

    private static <T extends Control> T named(T control, String id) {
        control.setData(EvaluationWidgetIds.KEY, id);
        return control;
    }

    private static Label wrapped(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return label;
    }

    private static void say(Label label, String text, boolean problem) {
        label.setText(text);
        label.setForeground(problem ? label.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        show(label, !text.isEmpty());
    }

    private static void show(Control control, boolean visible) {
        control.setVisible(visible);
        ((GridData) control.getLayoutData()).exclude = !visible;
    }
}
