package org.lanterne.notes.ui.internal;

import java.util.Locale;
import java.util.Objects;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Session;
import org.lanterne.notes.api.CaseFile;
import org.lanterne.notes.api.Caseload;
import org.lanterne.notes.api.NoteHit;
import org.lanterne.notes.api.NoteSearch;
import org.lanterne.notes.api.NoteTemplates;
import org.lanterne.notes.api.SessionNotes;
import org.lanterne.notes.ui.NotesWidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The clinician's week in one part, in four tabs: the caseload (with the alerts of open risk
 * flags), the sessions, notes and attached files of the chosen client, the client's timeline, and
 * the search of the notes and attached files. Choosing a client in the caseload shows their sessions
 * and timeline; opening a search result shows its session. A draft being typed is saved before the user,
 * the client or the session changes, and when the part is closed.
 */
public class CaseloadPart {

    // below this width the tabs scroll sideways rather than squeeze their forms
    private static final int MIN_WIDTH = 760;
    private static final int SESSION_TAB = 1;

    @Inject
    @Translation
    NotesMessages messages;

    @Inject
    UISynchronize sync;

    private Locale locale = Locale.ENGLISH;
    private Workspace workspace;
    private Composite content;
    private Label notice;
    private TabFolder tabs;
    private CaseloadTab caseload;
    private SessionTab sessions;
    private TimelineTab timeline;
    private SearchTab search;
    private Session shownFor;
    private boolean refreshPending;

    // Until the controls exist, services and the session are kept here and handed over in createControls.
    private AccessPolicy policy;
    private Session session;
    private Caseload caseloadService;
    private SessionNotes notesService;
    private NoteTemplates templatesService;
    private NoteSearch searchService;

    @Inject
    void setLocale(@Optional @Named(TranslationService.LOCALE) Locale current) {
        locale = current == null || current.getLanguage().isEmpty() ? Locale.ENGLISH : current;
    }

    @Inject
    void setPolicy(@Optional AccessPolicy service) {
        policy = service;
        asyncRefresh();
    }

    @Inject
    void setSession(@Optional Session current) {
        // Signing out removes the session before ending it: the leaving user's draft is saved while their session still lives.
        if (workspace != null && !content.isDisposed() && content.getDisplay().getThread() == Thread.currentThread()
                && !Objects.equals(workspace.session, current)) {
            sessions.flush();
        }
        session = current;
        asyncRefresh();
    }

    @Inject
    void setCaseload(@Optional Caseload service) {
        caseloadService = service;
        asyncRefresh();
    }

    @Inject
    void setNotes(@Optional SessionNotes service) {
        notesService = service;
        asyncRefresh();
    }

    @Inject
    void setTemplates(@Optional NoteTemplates service) {
        templatesService = service;
        asyncRefresh();
    }

    @Inject
    void setSearch(@Optional NoteSearch service) {
        searchService = service;
        asyncRefresh();
    }

    @PostConstruct
    public void createControls(Composite parent) {
        content = parent;
        workspace = new Workspace(messages, locale, parent.getDisplay(), this::layout);
        parent.setLayout(new GridLayout(1, false));
        notice = Widgets.line(parent, NotesWidgetIds.NOTICE, 1);
        tabs = Widgets.named(new TabFolder(parent, SWT.TOP), NotesWidgetIds.TABS);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        caseload = new CaseloadTab(scrolledTab(messages.notes_tab_caseload), workspace, this::caseChosen);
        sessions = new SessionTab(scrolledTab(messages.notes_tab_session), workspace);
        timeline = new TimelineTab(scrolledTab(messages.notes_tab_timeline), workspace);
        search = new SearchTab(scrolledTab(messages.notes_tab_search), workspace, this::hitOpened);
        for (TabItem item : tabs.getItems()) {
            ScrolledComposite scrolled = (ScrolledComposite) item.getControl();
            scrolled.setContent(scrolled.getChildren()[0]);
            scrolled.addListener(SWT.Resize, event -> fit(scrolled));
        }
        tabs.addListener(SWT.Selection, event -> tabChosen());
        refresh();
    }

    // Each tab scrolls on its own, vertically unless the window is very narrow; its content is the scrolled composite's child.
    private Composite scrolledTab(String title) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(title);
        ScrolledComposite scrolled = new ScrolledComposite(tabs, SWT.V_SCROLL | SWT.H_SCROLL);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        item.setControl(scrolled);
        return scrolled;
    }

    @Focus
    public void setFocus() {
        tabs.setFocus();
    }

    /** Saves the draft being typed when the workbench saves the part's state. */
    @Persist
    public void persist() {
        sessions.flush();
    }

    @PreDestroy
    public void dispose() {
        if (sessions != null && !content.isDisposed()) {
            sessions.flush();
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
        workspace.policy = policy;
        workspace.session = session;
        workspace.caseload = caseloadService;
        workspace.notes = notesService;
        workspace.templates = templatesService;
        workspace.search = searchService;
        boolean missing = caseloadService == null || notesService == null || templatesService == null;
        boolean allowed = NotesAccess.readsNotes(policy, session);
        Widgets.say(notice, missing ? messages.notes_unavailable : allowed ? "" : messages.notes_not_allowed, true);
        Widgets.show(tabs, workspace.ready());
        if (workspace.ready() && !Objects.equals(session, shownFor)) {
            shownFor = session;
            search.clear();
            caseload.reload();
            caseChosen(null);
        } else if (!workspace.ready()) {
            shownFor = null;
        }
        layout();
    }

    private void caseChosen(CaseFile file) {
        sessions.show(file);
        timeline.show(file);
        layout();
    }

    // A search result opens its session in the session tab, with the attached file selected when the words are in one.
    private void hitOpened(NoteHit hit) {
        caseload.choose(hit.caseId()).ifPresent(file -> {
            caseChosen(file);
            tabs.setSelection(SESSION_TAB);
            sessions.open(hit.sessionId(), hit.attachmentId());
            layout();
        });
    }

    // Leaving the session tab saves its draft; the caseload and the timeline are read again as sessions and flags change.
    private void tabChosen() {
        sessions.flush();
        switch (tabs.getSelectionIndex()) {
            case 0 -> caseload.reload();
            case 2 -> timeline.reload();
            default -> {
            }
        }
        layout();
    }

    private void layout() {
        if (tabs == null) {
            return; // the tabs are being made
        }
        content.layout(true, true);
        for (TabItem item : tabs.getItems()) {
            fit((ScrolledComposite) item.getControl());
        }
    }

    // The content takes the tab's width, so that long texts wrap, and as much height as it then needs.
    private static void fit(ScrolledComposite scrolled) {
        Control inner = scrolled.getContent();
        if (inner == null) {
            return;
        }
        scrolled.setMinSize(inner.computeSize(Math.max(scrolled.getClientArea().width, MIN_WIDTH), SWT.DEFAULT));
    }
}
