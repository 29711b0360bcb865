package org.lanterne.literature.ui.internal;

import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.Session;
import org.lanterne.literature.api.Facet;
import org.lanterne.literature.api.FacetRequest;
import org.lanterne.literature.api.LiteratureLibrary;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.LiteratureReferences;
import org.lanterne.literature.api.LiteratureSearch;
import org.lanterne.literature.api.QuerySyntaxException;
import org.lanterne.literature.api.SearchHit;
import org.lanterne.literature.api.SearchResult;
import org.lanterne.literature.api.SortOrder;
import org.lanterne.literature.ui.LiteratureWidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The literature library: a search box whose results follow the typing, facet filters that narrow
 * them, and a preview of the selected record with its hits highlighted. Searches run on a thread
 * of the part, a moment after the last key, and only the answer to the latest is shown.
 * <p>
 * The literature services take no session, so the part applies the permission matrix itself:
 * whoever reads the library searches and exports; importing and correcting are offered to those
 * who may create and update, and the live session is checked again before each change.
 */
public class LibraryPart {

    private static final System.Logger LOG = System.getLogger(LibraryPart.class.getName());
    private static final int TYPING_PAUSE_MILLIS = 250;
    private static final int PAGE_SIZE = 25;
    private static final int SIMILAR = 5;
    private static final Set<FacetRequest> FACETS = Arrays.stream(Facet.values()).map(FacetRequest::of).collect(Collectors.toSet());

    @Inject
    @Translation
    LiteratureMessages messages;

    @Inject
    UISynchronize sync;

    private final SearchSequence sequence = new SearchSequence();
    private final Runnable searchAfterTyping = () -> search(0);
    private ExecutorService searches;

    private AccessPolicy policy;
    private Session session;
    private LiteratureSearch search;
    private LiteratureLibrary library;
    private LiteratureReferences references;

    private Composite content;
    private Label notice;
    private Text query;
    private Combo sort;
    private Button importButton;
    private Button export;
    private Label status;
    private FacetsView facets;
    private ResultsTable results;
    private Button more;
    private PreviewView preview;
    // the query whose results are listed: what the preview marks in a record's whole text
    private String answered = "";
    private Label message;

    private LibraryQuery asked = new LibraryQuery("", Map.of());
    private int page;

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
    void setSearch(@Optional LiteratureSearch service) {
        search = service;
        asyncRefresh();
    }

    @Inject
    void setLibrary(@Optional LiteratureLibrary service) {
        library = service;
        asyncRefresh();
    }

    @Inject
    void setReferences(@Optional LiteratureReferences service) {
        references = service;
        asyncRefresh();
    }

    @PostConstruct
    public void createControls(Composite parent) {
        content = parent;
        searches = Controls.worker("lanterne-library-search");
        parent.setLayout(new GridLayout(1, false));
        Label title = new Label(parent, SWT.NONE);
        title.setText(messages.library_title);
        notice = Controls.line(parent, LiteratureWidgetIds.NOTICE, 1);
        createSearchBar(parent);
        status = Controls.line(parent, LiteratureWidgetIds.STATUS, 1);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        facets = new FacetsView(sash, messages, this::facetChanged);
        Composite middle = new Composite(sash, SWT.NONE);
        middle.setLayout(new GridLayout(1, false));
        results = new ResultsTable(middle, messages, selected -> preview(selected.isEmpty() ? null : selected.get(0)));
        more = Controls.button(middle, messages.library_more, LiteratureWidgetIds.MORE, () -> search(page + 1));
        preview = new PreviewView(sash, messages, new PreviewView.Actions() {
            @Override
            public void moreLikeThis(SearchHit shown) {
                showSimilar(shown);
            }

            @Override
            public void correct(SearchHit shown) {
                LibraryPart.this.correct(shown.record());
            }
        });
        sash.setWeights(2, 7, 4);
        message = Controls.line(parent, LiteratureWidgetIds.MESSAGE, 1);
        refresh();
    }

    private void createSearchBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(4, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        query = Controls.named(new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), LiteratureWidgetIds.QUERY);
        query.setMessage(messages.library_query_hint);
        query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        // each key restarts the pause, so that a search starts once the user stops typing
        query.addListener(SWT.Modify, event -> {
            query.getDisplay().timerExec(-1, searchAfterTyping);
            query.getDisplay().timerExec(TYPING_PAUSE_MILLIS, searchAfterTyping);
        });
        sort = Controls.named(new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN), LiteratureWidgetIds.SORT);
        Arrays.stream(SortOrder.values()).forEach(order -> sort.add(LiteratureTexts.sort(messages, order)));
        sort.select(0);
        sort.addListener(SWT.Selection, event -> search(0));
        importButton = Controls.button(bar, messages.library_import, LiteratureWidgetIds.IMPORT, this::openImport);
        export = Controls.button(bar, messages.library_export, LiteratureWidgetIds.EXPORT, this::export);
    }

    @PreDestroy
    void stop() {
        if (searches != null) {
            searches.shutdownNow();
        }
    }

    @Focus
    public void setFocus() {
        query.setFocus();
    }

    // Services and the session change on any thread; the part follows on the UI thread.
    private void asyncRefresh() {
        Controls.later(sync, content, this::refresh);
    }

    // Offers what the signed-in user may do, and searches again.
    private void refresh() {
        boolean reads = LibraryAccess.reads(policy, session);
        Controls.say(notice, search == null || library == null ? messages.library_unavailable
                : reads ? "" : messages.library_not_reader, true);
        boolean usable = reads && search != null;
        query.setEnabled(usable);
        sort.setEnabled(usable);
        Controls.show(importButton, usable && library != null && LibraryAccess.imports(policy, session));
        preview.allowCorrection(usable && library != null && LibraryAccess.corrects(policy, session));
        export.setEnabled(usable && references != null);
        importButton.getParent().layout(true, true);
        search(0);
    }

    // --- searching

    private void facetChanged(Facet facet, String value, boolean ticked) {
        asked = asked.with(facet, value, ticked);
        search(0);
    }

    // Starts the search for a page of the query as it stands; page 0 replaces the results, later pages add to them.
    private void search(int wanted) {
        if (wanted == 0) {
            asked = new LibraryQuery(query.getText(), asked.filters());
        }
        if (search == null || !LibraryAccess.reads(policy, session)) {
            results.show(messages, List.of(), false);
            Controls.show(more, false);
            return;
        }
        String refused = refusal(Action.READ);
        if (refused != null) {
            Controls.say(status, refused, true);
            return;
        }
        long ticket = sequence.next();
        LibraryQuery question = asked;
        SortOrder order = SortOrder.values()[Math.max(0, sort.getSelectionIndex())];
        LiteratureSearch service = search;
        Controls.say(status, messages.library_searching, false);
        searches.execute(() -> {
            Runnable answer = answer(service, question, order, wanted);
            sync.asyncExec(() -> {
                if (!content.isDisposed() && sequence.isLatest(ticket)) {
                    answer.run();
                }
            });
        });
    }

    // Runs off the UI thread; what it returns runs on it.
    private Runnable answer(LiteratureSearch service, LibraryQuery question, SortOrder order, int wanted) {
        try {
            SearchResult result = service.search(question.text(), FACETS, order, wanted, PAGE_SIZE);
            return () -> show(question, result, wanted);
        } catch (QuerySyntaxException e) {
            String where = Integer.toString(question.positionInWords(e.position()));
            return () -> Controls.say(status, LiteratureTexts.format(messages.library_query_problem, where), true);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "A search of the library failed: " + e.getClass().getName());
            return () -> Controls.say(status, messages.library_search_failed, true);
        }
    }

    private void show(LibraryQuery question, SearchResult result, int shownPage) {
        page = shownPage;
        boolean append = shownPage > 0;
        results.show(messages, result.hits(), append);
        results.answered(question.text());
        answered = question.text();
        if (!append) {
            facets.show(result.facets(), question);
            preview.show(null);
        }
        Controls.say(status, LiteratureTexts.total(messages, result.total(), results.size()), false);
        Controls.show(more, results.size() < result.total());
        content.layout(true, true);
    }

    // The passages at once, then the whole text with every hit once the library has marked them.
    private void preview(SearchHit hit) {
        preview.show(hit);
        if (hit == null) {
            return;
        }
        LiteratureSearch service = search;
        String query = answered;
        searches.execute(() -> {
            try {
                service.highlight(hit.record().id(), query).ifPresent(marked -> sync.asyncExec(() -> {
                    if (!content.isDisposed()) {
                        preview.showWholeText(hit, marked);
                    }
                }));
            } catch (QuerySyntaxException | RuntimeException e) {
                // the query was searched already; the passages stay shown
                LOG.log(Level.WARNING, "The whole text of a record could not be marked: " + e.getClass().getName());
            }
        });
    }

    private void showSimilar(SearchHit shown) {
        LiteratureSearch service = search;
        String id = shown.record().id();
        searches.execute(() -> {
            List<SearchHit> similar = service.moreLikeThis(id, SIMILAR);
            sync.asyncExec(() -> {
                if (!content.isDisposed() && preview.shown() == shown) {
                    preview.showSimilar(similar, true);
                }
            });
        });
    }

    // --- changing the library

    private void openImport() {
        new ImportWindow(content.getShell(), messages, library, () -> refusal(Action.CREATE), report -> {
            if (!content.isDisposed()) {
                search(0);
            }
        }).open();
    }

    private void correct(LiteratureRecord record) {
        CorrectionDialog dialog = new CorrectionDialog(content.getShell(), messages, record);
        if (dialog.open() != CorrectionDialog.OK || dialog.corrected().isEmpty()) {
            return;
        }
        String refused = refusal(Action.UPDATE);
        if (refused != null) {
            Controls.say(message, refused, true);
            return;
        }
        try {
            BusyIndicator.showWhile(content.getDisplay(), () -> library.correct(dialog.corrected().get()));
            Controls.say(message, messages.library_corrected, false);
            search(0);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "A record could not be corrected: " + e.getClass().getName());
            Controls.say(message, messages.library_correct_failed, true);
        }
    }

    private void export() {
        List<String> ids = results.selection().stream().map(hit -> hit.record().id()).toList();
        String refused = ids.isEmpty() ? messages.library_export_none : refusal(Action.READ);
        if (refused != null) {
            Controls.say(message, refused, true);
            return;
        }
        ReferenceExport.run(content.getShell(), messages, references, ids, message);
    }

    private String refusal(Action action) {
        return LibraryAccess.refusal(policy, session, action, messages);
    }
}
