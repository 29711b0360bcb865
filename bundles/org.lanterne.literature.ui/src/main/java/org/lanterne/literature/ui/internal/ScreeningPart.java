package org.lanterne.literature.ui.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.Session;
import org.lanterne.literature.api.Decision;
import org.lanterne.literature.api.Facet;
import org.lanterne.literature.api.FacetCount;
import org.lanterne.literature.api.FacetRequest;
import org.lanterne.literature.api.LiteratureLibrary;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.LiteratureScreening;
import org.lanterne.literature.api.LiteratureSearch;
import org.lanterne.literature.api.PrismaCounts;
import org.lanterne.literature.api.QuerySyntaxException;
import org.lanterne.literature.api.ReviewNote;
import org.lanterne.literature.api.ScreeningConflict;
import org.lanterne.literature.api.ScreeningDecision;
import org.lanterne.literature.api.SearchHit;
import org.lanterne.literature.api.SearchResult;
import org.lanterne.literature.api.SortOrder;
import org.lanterne.literature.ui.ScreeningWidgetIds;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Screening for a systematic review: the signed-in researcher, as a reviewer, decides about each
 * record of the review (the whole library or one tag) — include, exclude with a reason, maybe —,
 * tags it and writes notes, seeing only their own decisions and notes; the conflicts between
 * reviewers and the PRISMA counts are on their own tabs. The library is called on a thread of the
 * part, and only the answer to the latest reading of the review is shown.
 * <p>
 * The literature services take no session, so the part applies the permission matrix itself:
 * whoever reads the library sees the review; deciding and tagging need update, notes create, and
 * the live session is checked again before each change.
 */
public class ScreeningPart {

    private static final System.Logger LOG = System.getLogger(ScreeningPart.class.getName());
    private static final int PAGE_SIZE = 100;
    private static final int TAGS_OFFERED = 100;

    /** One reading of a review: its records with the reviewer's decisions, its conflicts and counts, the tags to review by. */
    private record Review(Optional<String> tag, ReviewQueue queue, Map<String, LiteratureRecord> records,
            List<ScreeningConflict> conflicts, PrismaCounts prisma, List<String> tags) {
    }

    @Inject
    @Translation
    LiteratureMessages messages;

    @Inject
    UISynchronize sync;

    private final SearchSequence readings = new SearchSequence();
    private ExecutorService worker;

    private AccessPolicy policy;
    private Session session;
    private LiteratureSearch search;
    private LiteratureLibrary library;
    private LiteratureScreening screening;

    private Composite content;
    private Label notice;
    private Combo review;
    private Label progress;
    private RecordScreen screen;
    private ConflictsView conflicts;
    private PrismaView prisma;
    private TabFolder tabs;
    private Label message;

    private Review shown;
    private ReviewQueue queue;
    private int selected = -1;

    @Inject
    void setPolicy(@org.eclipse.e4.core.di.annotations.Optional AccessPolicy service) {
        policy = service;
        asyncRefresh();
    }

    @Inject
    void setSession(@org.eclipse.e4.core.di.annotations.Optional Session current) {
        session = current;
        asyncRefresh();
    }

    @Inject
    void setSearch(@org.eclipse.e4.core.di.annotations.Optional LiteratureSearch service) {
        search = service;
        asyncRefresh();
    }

    @Inject
    void setLibrary(@org.eclipse.e4.core.di.annotations.Optional LiteratureLibrary service) {
        library = service;
        asyncRefresh();
    }

    @Inject
    void setScreening(@org.eclipse.e4.core.di.annotations.Optional LiteratureScreening service) {
        screening = service;
        asyncRefresh();
    }

    @PostConstruct
    public void createControls(Composite parent) {
        content = parent;
        worker = Controls.worker("lanterne-screening");
        parent.setLayout(new GridLayout(1, false));
        Label title = new Label(parent, SWT.NONE);
        title.setText(messages.screening_title);
        notice = Controls.line(parent, ScreeningWidgetIds.NOTICE, 1);

        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(4, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(bar, SWT.NONE).setText(messages.screening_review);
        review = Controls.named(new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN), ScreeningWidgetIds.REVIEW);
        review.addListener(SWT.Selection, event -> read());
        Controls.button(bar, messages.screening_refresh, ScreeningWidgetIds.REFRESH, this::read);
        progress = Controls.named(new Label(bar, SWT.NONE), ScreeningWidgetIds.PROGRESS);
        progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        tabs = Controls.named(new TabFolder(parent, SWT.TOP), ScreeningWidgetIds.TABS);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite screenTab = new Composite(tabs, SWT.NONE);
        screenTab.setLayout(new GridLayout(1, false));
        screen = new RecordScreen(screenTab, messages, new RecordScreen.Actions() {
            @Override
            public void selected(int index) {
                select(index);
            }

            @Override
            public void decide(Decision decision, String typedReason) {
                ScreeningPart.this.decide(decision, typedReason);
            }

            @Override
            public void tag(String tag) {
                ScreeningPart.this.tag(tag, true);
            }

            @Override
            public void untag(String tag) {
                ScreeningPart.this.tag(tag, false);
            }

            @Override
            public void note(String text) {
                ScreeningPart.this.note(text);
            }
        });
        conflicts = new ConflictsView(tabs, messages, this::screenAgain);
        prisma = new PrismaView(tabs, messages);
        tab(messages.screening_tab_screen, screenTab);
        tab(messages.screening_tab_conflicts, conflicts.control());
        tab(messages.screening_tab_prisma, prisma.control());
        message = Controls.line(parent, ScreeningWidgetIds.MESSAGE, 1);
        refresh();
    }

    private void tab(String text, Composite control) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(text);
        item.setControl(control);
    }

    @PreDestroy
    void stop() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    @Focus
    public void setFocus() {
        review.setFocus();
    }

    // Services and the session change on any thread; the part follows on the UI thread.
    private void asyncRefresh() {
        Controls.later(sync, content, this::refresh);
    }

    // Offers what the signed-in user may do, and reads the review again.
    private void refresh() {
        boolean reads = LibraryAccess.reads(policy, session);
        boolean available = search != null && library != null && screening != null;
        Controls.say(notice, !available ? messages.library_unavailable : reads ? "" : messages.library_not_reader, true);
        boolean usable = available && reads;
        review.setEnabled(usable);
        screen.allow(usable && LibraryAccess.screens(policy, session), usable && LibraryAccess.writesNotes(policy, session));
        conflicts.allow(usable && LibraryAccess.screens(policy, session));
        content.layout(true, true);
        read();
    }

    // --- reading the review

    private void read() {
        if (search == null || library == null || screening == null || !LibraryAccess.reads(policy, session)) {
            forget();
            return;
        }
        String refused = refusal(Action.READ);
        if (refused != null) {
            Controls.say(message, refused, true);
            return;
        }
        long ticket = readings.next();
        Optional<String> tag = chosenTag();
        String reviewer = session.user();
        Controls.say(progress, messages.screening_loading, false);
        off(() -> readReview(tag, reviewer), answer -> {
            if (readings.isLatest(ticket)) {
                show(answer);
            }
        });
    }

    // Nothing of a review stays on screen once its reviewer has signed out, or may no longer read it.
    private void forget() {
        readings.next();
        shown = null;
        queue = null;
        selected = -1;
        screen.list(ReviewQueue.of(List.of(), Map.of(), ""), -1);
        screen.show(null, Optional.empty());
        conflicts.show(List.of(), Map.of());
        prisma.clear();
        Controls.say(progress, "", false);
    }

    // Runs on the part's thread.
    private Review readReview(Optional<String> tag, String reviewer) {
        List<LiteratureRecord> records = new ArrayList<>();
        String query = tag.map(name -> "tag:\"" + name + "\"").orElse("");
        SearchResult page;
        int number = 0;
        do {
            page = search(query, Set.of(), number++, PAGE_SIZE);
            page.hits().stream().map(SearchHit::record).forEach(records::add);
        } while (!page.hits().isEmpty() && records.size() < page.total());
        Map<String, List<ScreeningDecision>> decisions = new HashMap<>();
        for (LiteratureRecord record : records) {
            decisions.put(record.id(), screening.decisions(record.id()));
        }
        List<String> tags = new ArrayList<>(search("", Set.of(new FacetRequest(Facet.TAG, TAGS_OFFERED)), 0, 1)
                .facets().getOrDefault(Facet.TAG, List.of()).stream().map(FacetCount::value).toList());
        // the review's own tag stays offered, even once no record holds it
        tag.filter(name -> !tags.contains(name)).ifPresent(tags::add);
        tags.sort(null);
        Map<String, LiteratureRecord> byId = records.stream().collect(Collectors.toMap(LiteratureRecord::id, Function.identity(),
                (first, second) -> first, LinkedHashMap::new));
        return new Review(tag, ReviewQueue.of(records, decisions, reviewer), byId, screening.conflicts(tag), screening.prisma(tag), List.copyOf(tags));
    }

    // The part's own queries always parse: a tag can hold neither quotes nor backslashes.
    private SearchResult search(String query, Set<FacetRequest> facets, int page, int size) {
        try {
            return search.search(query, facets, SortOrder.RELEVANCE, page, size);
        } catch (QuerySyntaxException e) {
            throw new IllegalStateException("the review's query does not parse at " + e.position(), e);
        }
    }

    private void show(Review read) {
        String keep = selected >= 0 && queue != null && selected < queue.size() ? queue.rows().get(selected).record().id() : null;
        shown = read;
        queue = read.queue();
        review.setItems(reviewChoices(read.tags()).toArray(String[]::new));
        review.select(read.tag().map(tag -> read.tags().indexOf(tag) + 1).orElse(0));
        int again = keep == null ? -1 : queue.indexOf(keep);
        screen.list(queue, again);
        select(again >= 0 ? again : queue.nextUndecided(-1));
        conflicts.show(read.conflicts(), read.records());
        prisma.show(read.prisma());
        showProgress();
        content.layout(true, true);
    }

    private List<String> reviewChoices(List<String> tags) {
        List<String> choices = new ArrayList<>();
        choices.add(messages.screening_review_all);
        tags.forEach(tag -> choices.add(LiteratureTexts.format(messages.screening_review_tag, tag)));
        return choices;
    }

    private Optional<String> chosenTag() {
        int index = review.getSelectionIndex();
        return shown == null || index <= 0 || index > shown.tags().size() ? Optional.empty() : Optional.of(shown.tags().get(index - 1));
    }

    private void showProgress() {
        Controls.say(progress, queue.size() == 0 ? messages.screening_empty : ScreeningTexts.progress(messages, queue.screened(), queue.size()), false);
    }

    // --- the record in hand

    private void select(int index) {
        selected = index;
        if (index < 0 || queue == null || index >= queue.size()) {
            screen.show(null, Optional.empty());
            return;
        }
        screen.select(index);
        LiteratureRecord record = queue.rows().get(index).record();
        screen.show(record, record.details().abstractText().isPresent() ? Optional.of(ScreeningTexts.excerpt(record, Optional.empty())) : Optional.empty());
        String reviewer = queue.reviewer();
        off(() -> new Reading(ScreeningTexts.excerpt(record, record.details().abstractText().isPresent() ? Optional.empty() : library.text(record.id())),
                own(record.id(), reviewer)), reading -> {
                    if (isSelected(record.id())) {
                        screen.show(record, Optional.of(reading.excerpt()));
                        screen.notes(reading.notes());
                    }
                });
    }

    private record Reading(String excerpt, List<ReviewNote> notes) {
    }

    private List<ReviewNote> own(String recordId, String reviewer) {
        return screening.notes(recordId).stream().filter(note -> note.author().equals(reviewer)).toList();
    }

    private boolean isSelected(String recordId) {
        return selected >= 0 && queue != null && selected < queue.size() && queue.rows().get(selected).record().id().equals(recordId);
    }

    private void screenAgain(String recordId) {
        int at = queue == null ? -1 : queue.indexOf(recordId);
        if (at >= 0) {
            tabs.setSelection(0);
            select(at);
        }
    }

    // --- changes

    private void decide(Decision decision, String typedReason) {
        if (currentId() == null) {
            return;
        }
        Optional<String> reason = Verdict.reason(typedReason, screen.reasonsShown());
        Optional<Verdict.Problem> problem = Verdict.check(decision, reason);
        if (problem.isPresent()) {
            Controls.say(message, problem.get() == Verdict.Problem.REASON_MISSING ? messages.screening_reason_missing
                    : LiteratureTexts.format(messages.screening_reason_too_long, Integer.toString(Verdict.MAX_REASON)), true);
            return;
        }
        String refused = refusal(Action.UPDATE);
        if (refused != null) {
            Controls.say(message, refused, true);
            return;
        }
        Verdict verdict = Verdict.of(decision, reason);
        String recordId = currentId();
        String reviewer = queue.reviewer();
        Optional<String> tag = shown.tag();
        off(() -> {
            ScreeningDecision kept = screening.decide(recordId, reviewer, verdict.decision(), verdict.reason());
            return new Decided(kept, screening.conflicts(tag), screening.prisma(tag));
        }, decided -> {
            if (queue == null) {
                return;
            }
            queue = queue.with(decided.kept());
            int at = queue.indexOf(recordId);
            if (at >= 0) {
                screen.update(queue, at);
            }
            screen.decisionKept();
            conflicts.show(decided.conflicts(), shown.records());
            prisma.show(decided.prisma());
            showProgress();
            Controls.say(message, LiteratureTexts.format(messages.screening_decided, ScreeningTexts.verdict(messages, decided.kept())), false);
            int next = queue.nextUndecided(at);
            if (next >= 0 && isSelected(recordId)) {
                select(next);
            }
        });
    }

    private record Decided(ScreeningDecision kept, List<ScreeningConflict> conflicts, PrismaCounts prisma) {
    }

    private void tag(String tag, boolean add) {
        String recordId = currentId();
        if (recordId == null || tag.isBlank()) {
            return;
        }
        String refused = refusal(Action.UPDATE);
        if (refused != null) {
            Controls.say(message, refused, true);
            return;
        }
        off(() -> add ? screening.tag(recordId, tag.strip()) : screening.untag(recordId, tag), record -> {
            if (queue == null) {
                return;
            }
            queue = queue.with(record);
            if (add) {
                screen.tagKept();
            }
            if (isSelected(recordId)) {
                select(selected);
            }
            Controls.say(message, LiteratureTexts.format(add ? messages.screening_tagged : messages.screening_untagged, tag.strip()), false);
        });
    }

    private void note(String text) {
        String recordId = currentId();
        if (recordId == null) {
            return;
        }
        if (text.isBlank()) {
            Controls.say(message, messages.screening_note_blank, true);
            return;
        }
        String refused = refusal(Action.CREATE);
        if (refused != null) {
            Controls.say(message, refused, true);
            return;
        }
        String reviewer = queue.reviewer();
        off(() -> {
            screening.addNote(recordId, reviewer, text);
            return own(recordId, reviewer);
        }, notes -> {
            screen.noteKept();
            if (isSelected(recordId)) {
                screen.notes(notes);
            }
            Controls.say(message, messages.screening_note_added, false);
        });
    }

    private String currentId() {
        return selected >= 0 && queue != null && selected < queue.size() ? queue.rows().get(selected).record().id() : null;
    }

    /**
     * Calls the library on the part's thread and shows the answer on the UI thread. A refusal of
     * the library (a tag or a note it cannot keep) is said in plain words and changes nothing;
     * anything else is logged by its kind only, never with the reviewer's words.
     */
    private <T> void off(Supplier<T> call, Consumer<T> answer) {
        worker.execute(() -> {
            Runnable then;
            try {
                T value = call.get();
                then = () -> answer.accept(value);
            } catch (IllegalArgumentException e) {
                LOG.log(Level.WARNING, "The library refused a screening change: " + e.getClass().getName());
                then = () -> Controls.say(message, messages.screening_refused, true);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "The screening could not be read or changed: " + e.getClass().getName());
                then = () -> Controls.say(message, messages.screening_failed, true);
            }
            Controls.later(sync, content, then);
        });
    }

    private String refusal(Action action) {
        return LibraryAccess.refusal(policy, session, action, messages);
    }
}
