package org.lanterne.instruments.ui.internal;

import java.lang.System.Logger.Level;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.lanterne.identity.api.Session;
import org.lanterne.instruments.api.Assessment;
import org.lanterne.instruments.api.AssessmentChange;
import org.lanterne.instruments.api.AssessmentRecords;
import org.lanterne.instruments.api.CatalogListener;
import org.lanterne.instruments.api.InstrumentCatalog;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.InvalidAnswersException;
import org.lanterne.instruments.api.ScoringEngine;
import org.lanterne.instruments.ui.InstrumentsWidgetIds;
import org.lanterne.pseudonym.api.Pseudonyms;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Assessments for clinicians: choose an instrument of the {@link InstrumentCatalog} (the list
 * follows definitions dropped in or withdrawn at runtime), enter a participant code and the date,
 * and fill in the form generated from the definition. The {@link ScoringEngine} scores every
 * change; saving goes to {@link AssessmentRecords} with the signed-in {@link Session}, which
 * checks the permission itself. The participant's history of the instrument is shown below.
 * <p>
 * Without the assessment records service the form still scores, and saving is disabled with a
 * notice. The participant code is never logged.
 */
public class AssessmentsPart {

    private static final System.Logger LOG = System.getLogger(AssessmentsPart.class.getName());
    private static final int CODE_WIDTH = 200;

    /** What was saved last, so that the same assessment is not saved twice by a second press. */
    private record Saved(String code, String instrumentId, String version, LocalDate day, Map<String, Object> answers) {
    }

    @Inject
    @Translation
    InstrumentsMessages messages;

    @Inject
    UISynchronize sync;

    @Inject
    @Optional
    @Named(TranslationService.LOCALE)
    Locale locale;

    private final CatalogListener catalogListener = changed -> asyncRefresh();

    private InstrumentCatalog catalog;
    private ScoringEngine engine;
    private AssessmentRecords records;
    private Pseudonyms pseudonyms;
    private Session session;

    private Composite content;
    private Label notice;
    private Combo instrument;
    private Text code;
    private Label codeMessage;
    private DateTime date;
    private ScrolledComposite formScroller;
    private Composite formHolder;
    private Label noInstrument;
    private ScoreView scoreView;
    private Button save;
    private Label message;
    private HistoryView historyView;
    private ScrolledComposite sideScroller;

    private List<InstrumentDefinition> definitions = List.of();
    private InstrumentDefinition chosen;
    private AssessmentForm form;
    private String historyShown;
    private Saved saved;

    @Inject
    void setCatalog(@Optional InstrumentCatalog service) {
        if (catalog != null) {
            catalog.removeListener(catalogListener);
        }
        catalog = service;
        if (catalog != null) {
            catalog.addListener(catalogListener);
        }
        asyncRefresh();
    }

    @Inject
    void setScoringEngine(@Optional ScoringEngine service) {
        engine = service;
        asyncRefresh();
    }

    @Inject
    void setRecords(@Optional AssessmentRecords service) {
        records = service;
        historyShown = null;
        asyncRefresh();
    }

    @Inject
    void setPseudonyms(@Optional Pseudonyms service) {
        pseudonyms = service;
        asyncRefresh();
    }

    @Inject
    void setSession(@Optional Session current) {
        session = current;
        historyShown = null;
        asyncRefresh();
    }

    @PostConstruct
    public void createControls(Composite parent) {
        content = parent;
        parent.setLayout(new GridLayout(1, false));
        Label title = new Label(parent, SWT.NONE);
        title.setText(messages.assessments_title);
        Widgets.emphasise(title, 6);
        Widgets.wrapping(parent, messages.assessments_intro, 700, 1);
        notice = Widgets.named(Widgets.wrapping(parent, "", 700, 1), InstrumentsWidgetIds.NOTICE);
        Widgets.tone(notice, true);
        createHeader(parent);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        formScroller = scroller(sash);
        formHolder = new Composite(formScroller, SWT.NONE);
        formHolder.setLayout(new GridLayout(1, false));
        formScroller.setContent(formHolder);
        noInstrument = Widgets.wrapping(formHolder, messages.assessments_no_instrument, Widgets.WRAP_WIDTH, 1);

        sideScroller = scroller(sash);
        Composite side = new Composite(sideScroller, SWT.NONE);
        side.setLayout(new GridLayout(1, false));
        sideScroller.setContent(side);
        scoreView = new ScoreView(side, messages);
        createActions(side);
        historyView = new HistoryView(side, messages);
        sash.setWeights(3, 2);

        instrumentsChanged();
    }

    private void createHeader(Composite parent) {
        Composite header = new Composite(parent, SWT.NONE);
        header.setLayout(new GridLayout(6, false));
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(header, SWT.NONE).setText(messages.assessments_instrument);
        instrument = Widgets.named(new Combo(header, SWT.READ_ONLY | SWT.DROP_DOWN), InstrumentsWidgetIds.INSTRUMENT);
        instrument.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        instrument.addListener(SWT.Selection, event -> {
            int index = instrument.getSelectionIndex();
            choose(index < 0 ? null : definitions.get(index));
        });

        new Label(header, SWT.NONE).setText(messages.assessments_code);
        code = Widgets.named(new Text(header, SWT.BORDER | SWT.SINGLE), InstrumentsWidgetIds.CODE);
        code.setMessage(messages.assessments_code_hint);
        GridData codeData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        codeData.widthHint = CODE_WIDTH;
        code.setLayoutData(codeData);
        code.addListener(SWT.Modify, event -> update());

        new Label(header, SWT.NONE).setText(messages.assessments_date);
        date = Widgets.named(new DateTime(header, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), InstrumentsWidgetIds.DATE);
        date.addListener(SWT.Selection, event -> update());

        codeMessage = Widgets.named(Widgets.wrapping(header, "", 700, 6), InstrumentsWidgetIds.CODE_MESSAGE);
    }

    private void createActions(Composite parent) {
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new RowLayout(SWT.HORIZONTAL));
        save = Widgets.named(new Button(buttons, SWT.PUSH), InstrumentsWidgetIds.SAVE);
        save.setText(messages.assessments_save);
        save.addListener(SWT.Selection, event -> save());
        Button clear = Widgets.named(new Button(buttons, SWT.PUSH), InstrumentsWidgetIds.CLEAR);
        clear.setText(messages.assessments_clear);
        clear.addListener(SWT.Selection, event -> {
            show("", false);
            if (form != null) {
                form.clear();
            }
        });
        message = Widgets.named(Widgets.wrapping(parent, "", Widgets.WRAP_WIDTH, 1), InstrumentsWidgetIds.MESSAGE);
        show("", false);
    }

    private static ScrolledComposite scroller(Composite parent) {
        ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.addListener(SWT.Resize, event -> fit(scroller));
        return scroller;
    }

    // Wrapping labels need the width they get to know their height.
    private static void fit(ScrolledComposite scroller) {
        if (scroller.getContent() instanceof Composite content) {
            int width = scroller.getClientArea().width;
            content.layout(true, true);
            scroller.setMinSize(content.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
        }
    }

    @PreDestroy
    void stop() {
        if (catalog != null) {
            catalog.removeListener(catalogListener);
        }
    }

    @Focus
    public void setFocus() {
        instrument.setFocus();
    }

    // --- the instruments and the form

    // Services and the catalog change on any thread; the part follows on the UI thread.
    private void asyncRefresh() {
        if (content != null && !content.isDisposed()) {
            sync.asyncExec(() -> {
                if (!content.isDisposed()) {
                    instrumentsChanged();
                }
            });
        }
    }

    // Lists the catalog again, keeping the chosen instrument if it is still offered.
    private void instrumentsChanged() {
        definitions = catalog == null ? List.of() : catalog.list();
        instrument.setItems(definitions.stream().map(d -> InstrumentTexts.entry(messages, d, locale())).toArray(String[]::new));
        instrument.setData(InstrumentsWidgetIds.INSTRUMENT_IDS_KEY,
                definitions.stream().map(InstrumentDefinition::id).toArray(String[]::new));
        int index = chosen == null ? -1 : indexOf(chosen);
        if (index >= 0) {
            instrument.select(index);
        } else if (chosen != null) {
            choose(null);
            show(messages.assessments_instrument_withdrawn, true);
        }
        update();
    }

    private int indexOf(InstrumentDefinition definition) {
        for (int i = 0; i < definitions.size(); i++) {
            if (definitions.get(i).id().equals(definition.id()) && definitions.get(i).version().equals(definition.version())) {
                return i;
            }
        }
        return -1;
    }

    private void choose(InstrumentDefinition definition) {
        if (form != null) {
            form.dispose();
            form = null;
        }
        chosen = definition;
        historyShown = null;
        show("", false);
        if (chosen != null) {
            form = new AssessmentForm(formHolder, chosen, messages, locale(), this::update);
        }
        Widgets.showIfAny(noInstrument, chosen == null ? messages.assessments_no_instrument : "");
        fit(formScroller);
        update();
    }

    // Scores the answers again, says what is missing or wrong, and enables saving when it may succeed.
    private void update() {
        String problem = !InstrumentTexts.assesses(session) ? messages.assessments_not_assessor
                : catalog == null || engine == null ? messages.assessments_scoring_unavailable
                : records == null ? messages.assessments_records_unavailable : null;
        Widgets.showIfAny(notice, problem);

        boolean codeValid = pseudonyms != null && pseudonyms.isWellFormed(code.getText());
        String codeProblem = code.getText().isBlank() ? null
                : pseudonyms == null ? messages.assessments_code_unchecked
                : codeValid ? null : messages.assessments_code_invalid;
        Widgets.showIfAny(codeMessage, codeProblem);
        Widgets.tone(codeMessage, codeProblem != null);

        LiveScore score = chosen != null && form != null && engine != null ? LiveScore.of(engine, chosen, form.answers()) : null;
        if (score == null) {
            scoreView.clear();
        } else {
            scoreView.show(score, chosen, locale());
        }
        save.setEnabled(score != null && score.recordable() && records != null && InstrumentTexts.assesses(session)
                && codeValid && !current().equals(saved));
        showHistory(codeValid);
        content.layout(true, true);
        fit(sideScroller);
        fit(formScroller);
    }

    private Saved current() {
        return new Saved(code.getText().strip(), chosen == null ? null : chosen.id(), chosen == null ? null : chosen.version(),
                day(), form == null ? Map.of() : form.answers());
    }

    // Reads the history when the participant or the instrument changed; reading leaves an audit event.
    private void showHistory(boolean codeValid) {
        if (records == null || !InstrumentTexts.assesses(session) || chosen == null || !codeValid) {
            historyShown = null;
            historyView.prompt(records == null ? "" : messages.assessments_history_prompt);
            return;
        }
        String wanted = chosen.id() + " " + pseudonyms.normalize(code.getText());
        if (wanted.equals(historyShown)) {
            return;
        }
        historyShown = wanted;
        try {
            List<AssessmentChange> history = busy(() -> records.history(session, code.getText(), chosen.id()));
            historyView.show(history, chosen, locale());
        } catch (RuntimeException e) {
            historyView.prompt(explain(e, "The history cannot be read", messages.assessments_history_failed));
        }
    }

    // --- saving

    private void save() {
        LocalDate day = day();
        if (day.isAfter(LocalDate.now())) {
            show(messages.assessments_future_date, true);
            return;
        }
        Saved attempt = current();
        try {
            Assessment assessment = busy(() -> records.record(session, attempt.code(), attempt.instrumentId(), attempt.version(),
                    day, attempt.answers(), null));
            saved = attempt;
            historyShown = null;
            show(InstrumentTexts.format(messages.assessments_saved, InstrumentTexts.date(assessment.assessedOn(), locale())), false);
            update();
        } catch (InvalidAnswersException e) {
            scoreView.show(new LiveScore(e.result(), null), chosen, locale());
            show(messages.assessments_not_saved, true);
        } catch (RuntimeException e) {
            show(explain(e, "An assessment could not be saved", messages.assessments_failed), true);
        }
    }

    // The refusal in plain words; anything else is logged by its type only, since a message could name the participant.
    private String explain(RuntimeException failure, String what, String fallback) {
        String refusal = InstrumentTexts.refusal(messages, failure);
        if (refusal == null) {
            LOG.log(Level.ERROR, what + ": " + failure.getClass().getName());
            return fallback;
        }
        return refusal;
    }

    private <T> T busy(Supplier<T> call) {
        Object[] result = new Object[1];
        RuntimeException[] failure = new RuntimeException[1];
        BusyIndicator.showWhile(content.getDisplay(), () -> {
            try {
                result[0] = call.get();
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private LocalDate day() {
        return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
    }

    private void show(String text, boolean problem) {
        Widgets.showIfAny(message, text);
        Widgets.tone(message, problem);
    }

    private Locale locale() {
        return locale != null ? locale : Locale.getDefault();
    }
}
