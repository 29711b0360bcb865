package org.lanterne.selfhelp.ui.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Session;
import org.lanterne.selfhelp.api.Indicators;
import org.lanterne.selfhelp.api.Programme;
import org.lanterne.selfhelp.api.SelfHelpIndicators;
import org.lanterne.selfhelp.api.SelfHelpProgrammes;
import org.lanterne.selfhelp.api.SelfHelpShares;
import org.lanterne.selfhelp.api.SharedProgress;
import org.lanterne.selfhelp.ui.SelfHelpWidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The self-help programmes as staff see them: for a chosen programme, enrolments per week and per
 * month, the module completion funnel, questionnaire completion and dropout, all aggregated by
 * {@link SelfHelpIndicators}, which withholds small counts ({@value SelfHelpTexts#SUPPRESSED} here
 * too). A clinician also sees "Shared with me": the progress of the participants who shared their
 * record with the clinician's own user name, from {@link SelfHelpShares}.
 * <p>
 * Each reading is audited by the services, so the part reads only when a programme is chosen, when
 * the user asks for it again and when the signed-in user changes.
 */
public class SelfHelpPart {

    private static final System.Logger LOG = System.getLogger(SelfHelpPart.class.getName());
    private static final int TABLE_HEIGHT = 140;

    @Inject
    @Translation
    SelfHelpMessages messages;

    @Inject
    UISynchronize sync;

    // the language of the user interface: programme and module titles are shown in it when the programme has it
    private String language = "en";

    private AccessPolicy policy;
    private Session session;
    private SelfHelpProgrammes programmes;
    private SelfHelpIndicators indicators;
    private SelfHelpShares shares;

    private Composite content;
    private Composite body;
    private ScrolledComposite scrolled;
    private Label notice;
    private Combo programme;
    private Button refresh;
    private Label summary;
    private Composite aggregates;
    private Table byWeek;
    private Table byMonth;
    private Table modules;
    private Table questionnaires;
    private Composite sharedArea;
    private Label sharedStatus;
    private Table shared;

    private List<Programme> offered = List.of();
    private Session shownFor;
    private boolean refreshPending;

    @Inject
    void setLocale(@Optional @Named(TranslationService.LOCALE) Locale locale) {
        language = locale == null || locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
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
    void setProgrammes(@Optional SelfHelpProgrammes service) {
        programmes = service;
        asyncRefresh();
    }

    @Inject
    void setIndicators(@Optional SelfHelpIndicators service) {
        indicators = service;
        asyncRefresh();
    }

    @Inject
    void setShares(@Optional SelfHelpShares service) {
        shares = service;
        asyncRefresh();
    }

    @PostConstruct
    public void createControls(Composite parent) {
        content = parent;
        parent.setLayout(new GridLayout(1, false));
        scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scrolled.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        body = new Composite(scrolled, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        scrolled.setContent(body);

        Widgets.heading(body, messages.selfhelp_title, 1);
        Label intro = new Label(body, SWT.WRAP);
        intro.setText(messages.selfhelp_intro);
        intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        notice = Widgets.line(body, SelfHelpWidgetIds.NOTICE, 1);

        aggregates = new Composite(body, SWT.NONE);
        aggregates.setLayout(new GridLayout(2, true));
        aggregates.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite bar = new Composite(aggregates, SWT.NONE);
        bar.setLayout(new GridLayout(3, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        new Label(bar, SWT.NONE).setText(messages.selfhelp_programme);
        programme = Widgets.named(new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN), SelfHelpWidgetIds.PROGRAMME);
        programme.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        programme.addListener(SWT.Selection, event -> showIndicators());
        refresh = Widgets.button(bar, messages.selfhelp_refresh, SelfHelpWidgetIds.REFRESH, this::readAgain);
        summary = Widgets.line(aggregates, SelfHelpWidgetIds.SUMMARY, 2);
        Label note = new Label(aggregates, SWT.WRAP);
        note.setText(messages.selfhelp_suppressed_note);
        note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

        Widgets.heading(aggregates, messages.selfhelp_by_week, 1);
        Widgets.heading(aggregates, messages.selfhelp_by_month, 1);
        byWeek = sized(Widgets.table(aggregates, SelfHelpWidgetIds.BY_WEEK, messages.selfhelp_column_week, messages.selfhelp_column_enrolments), 1);
        byMonth = sized(Widgets.table(aggregates, SelfHelpWidgetIds.BY_MONTH, messages.selfhelp_column_month, messages.selfhelp_column_enrolments), 1);
        Widgets.heading(aggregates, messages.selfhelp_modules, 2);
        modules = sized(Widgets.table(aggregates, SelfHelpWidgetIds.MODULES, messages.selfhelp_column_module, messages.selfhelp_column_done,
                messages.selfhelp_column_share), 2);
        Widgets.heading(aggregates, messages.selfhelp_questionnaires, 2);
        questionnaires = sized(Widgets.table(aggregates, SelfHelpWidgetIds.QUESTIONNAIRES, messages.selfhelp_column_questionnaire,
                messages.selfhelp_column_when, messages.selfhelp_column_answered, messages.selfhelp_column_share), 2);

        sharedArea = new Composite(body, SWT.NONE);
        sharedArea.setLayout(new GridLayout(1, false));
        sharedArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Widgets.heading(sharedArea, messages.selfhelp_shared, 1);
        Label sharedIntro = new Label(sharedArea, SWT.WRAP);
        sharedIntro.setText(messages.selfhelp_shared_intro);
        sharedIntro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        sharedStatus = Widgets.line(sharedArea, SelfHelpWidgetIds.SHARED_STATUS, 1);
        shared = sized(Widgets.table(sharedArea, SelfHelpWidgetIds.SHARED, messages.selfhelp_column_participant,
                messages.selfhelp_column_shared_on, messages.selfhelp_column_programme, messages.selfhelp_column_language,
                messages.selfhelp_column_enrolled_on, messages.selfhelp_column_modules_done, messages.selfhelp_column_questionnaires_done,
                messages.selfhelp_column_due, messages.selfhelp_column_progress), 1);
        refresh();
    }

    private static Table sized(Table table, int horizontalSpan) {
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false, horizontalSpan, 1);
        data.heightHint = TABLE_HEIGHT;
        table.setLayoutData(data);
        return table;
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

    // Shows what the signed-in user may see, reading again only when the user changed.
    private void refresh() {
        boolean readsIndicators = SelfHelpAccess.readsIndicators(policy, session);
        boolean readsShared = SelfHelpAccess.readsShared(policy, session);
        boolean missing = programmes == null || (readsIndicators && indicators == null) || (readsShared && shares == null);
        Widgets.say(notice, missing ? messages.selfhelp_unavailable
                : readsIndicators || readsShared ? "" : messages.selfhelp_not_allowed, true);
        Widgets.show(aggregates, readsIndicators);
        Widgets.show(sharedArea, readsShared);
        if (!Objects.equals(session, shownFor)) {
            shownFor = session;
            listProgrammes();
            showIndicators();
            showShared();
        } else if (offered.isEmpty()) {
            listProgrammes();
            showIndicators();
        }
        layout();
    }

    private void readAgain() {
        listProgrammes();
        showIndicators();
        showShared();
        layout();
    }

    // Fills the choice of programmes, keeping the chosen one if it is still offered.
    private void listProgrammes() {
        String chosen = chosen();
        offered = programmes == null || !SelfHelpAccess.readsIndicators(policy, session) ? List.of() : programmes.list();
        programme.removeAll();
        offered.forEach(p -> programme.add(SelfHelpTexts.title(language, p)));
        int index = 0;
        for (int i = 0; i < offered.size(); i++) {
            if (offered.get(i).id().equals(chosen)) {
                index = i;
            }
        }
        if (!offered.isEmpty()) {
            programme.select(index);
        }
        programme.setEnabled(!offered.isEmpty());
        refresh.setEnabled(SelfHelpAccess.sees(policy, session));
    }

    private String chosen() {
        int index = programme.getSelectionIndex();
        return index >= 0 && index < offered.size() ? offered.get(index).id() : null;
    }

    private void showIndicators() {
        int index = programme.getSelectionIndex();
        if (indicators == null || session == null || index < 0 || index >= offered.size()
                || !SelfHelpAccess.readsIndicators(policy, session)) {
            clearIndicators(offered.isEmpty() && programmes != null && SelfHelpAccess.readsIndicators(policy, session)
                    ? messages.selfhelp_no_programme : "", false);
            return;
        }
        Programme chosen = offered.get(index);
        SelfHelpIndicators service = indicators;
        Session asking = session;
        Indicators[] read = new Indicators[1];
        RuntimeException[] failed = new RuntimeException[1];
        BusyIndicator.showWhile(content.getDisplay(), () -> {
            try {
                read[0] = service.indicators(asking, chosen.id());
            } catch (RuntimeException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            clearIndicators(problem(failed[0]), true);
            return;
        }
        Indicators shown = read[0];
        Widgets.say(summary, SelfHelpTexts.summary(messages, shown), false);
        Widgets.fill(byWeek, SelfHelpTexts.periods(shown.enrolmentsByWeek()));
        Widgets.fill(byMonth, SelfHelpTexts.periods(shown.enrolmentsByMonth()));
        Widgets.fill(modules, SelfHelpTexts.modules(language, chosen, shown));
        Widgets.fill(questionnaires, SelfHelpTexts.questionnaires(messages, language, chosen, shown));
        layout();
    }

    private void clearIndicators(String why, boolean problem) {
        Widgets.say(summary, why, problem);
        for (Table table : List.of(byWeek, byMonth, modules, questionnaires)) {
            Widgets.fill(table, List.of());
        }
    }

    private void showShared() {
        if (shares == null || session == null || !SelfHelpAccess.readsShared(policy, session)) {
            Widgets.fill(shared, List.of());
            Widgets.say(sharedStatus, "", false);
            return;
        }
        SelfHelpShares service = shares;
        Session asking = session;
        List<SharedProgress> read = new ArrayList<>();
        RuntimeException[] failed = new RuntimeException[1];
        BusyIndicator.showWhile(content.getDisplay(), () -> {
            try {
                read.addAll(service.sharedWith(asking));
            } catch (RuntimeException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            Widgets.fill(shared, List.of());
            Widgets.say(sharedStatus, problem(failed[0]), true);
            return;
        }
        Map<String, Programme> known = programmes == null ? Map.of()
                : programmes.list().stream().collect(Collectors.toMap(Programme::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Widgets.fill(shared, read.stream().map(progress -> SelfHelpTexts.shared(messages, language, progress, known)).toList());
        Widgets.say(sharedStatus, SelfHelpTexts.sharedCount(messages, read.size()), false);
    }

    private String problem(RuntimeException failure) {
        String refusal = SelfHelpTexts.refusal(messages, failure);
        if (refusal == null) {
            LOG.log(Level.WARNING, "Reading self-help programmes failed", failure);
            return messages.selfhelp_failed;
        }
        return refusal;
    }

    private void layout() {
        body.layout(true, true);
        scrolled.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        for (Control control : new Control[] { aggregates, sharedArea }) {
            control.getParent().layout(true, true);
        }
    }
}
