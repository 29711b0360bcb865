package org.lanterne.literature.provider;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.lanterne.literature.api.Decision;
import org.lanterne.literature.api.LiteratureLibrary;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.LiteratureScreening;
import org.lanterne.literature.api.LiteratureSearch;
import org.lanterne.literature.api.PrismaCounts;
import org.lanterne.literature.api.QuerySyntaxException;
import org.lanterne.literature.api.ReviewNote;
import org.lanterne.literature.api.ScreeningConflict;
import org.lanterne.literature.api.ScreeningDecision;
import org.lanterne.literature.api.SortOrder;
import org.lanterne.literature.provider.jpa.entities.DecisionEntity;
import org.lanterne.literature.provider.jpa.entities.NoteEntity;
import org.lanterne.store.api.PersistenceService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManagerFactory;

/**
 * Screening in the installation's database (unit {@code lanterne.literature}): decisions and notes
 * are kept there, tags with the records in the library. Records stay in the library's folder, so
 * the database names them by id only.
 */
@Component(immediate = true) // a delayed component would close its factory whenever its last user lets go
public class JpaLiteratureScreening implements LiteratureScreening {

    static final String UNIT = "lanterne.literature";

    private static final int MAX_TAG = 100;
    private static final int MAX_NOTE = 10_000;
    private static final int MAX_REASON = 200;
    private static final int MAX_USER = 64;

    private final EntityManagerFactory entityManagers;
    private final ScreeningStore store;
    private final LiteratureLibrary library;
    private final LiteratureSearch search;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public JpaLiteratureScreening(@Reference PersistenceService persistence, @Reference LiteratureLibrary library,
            @Reference LiteratureSearch search, BundleContext context) {
        this.library = library;
        this.search = search;
        this.entityManagers = persistence.open(context.getBundle(), UNIT);
        this.store = new ScreeningStore(entityManagers);
    }

    @Deactivate
    void deactivate() {
        entityManagers.close();
    }

    @Override
    public LiteratureRecord tag(String recordId, String tag) {
        String given = validTag(tag);
        // read, change, write: one change at a time, or two taggers would lose one of the tags
        synchronized (this) {
            LiteratureRecord record = existing(recordId);
            if (record.tags().stream().anyMatch(sameTag(given))) {
                return record;
            }
            Set<String> tags = new LinkedHashSet<>(record.tags());
            tags.add(given);
            return library.correct(withTags(record, tags));
        }
    }

    @Override
    public LiteratureRecord untag(String recordId, String tag) {
        synchronized (this) {
            LiteratureRecord record = existing(recordId);
            Set<String> tags = new LinkedHashSet<>(record.tags());
            return tags.removeIf(sameTag(tag)) ? library.correct(withTags(record, tags)) : record;
        }
    }

    @Override
    public ReviewNote addNote(String recordId, String author, String text) {
        existing(recordId);
        if (text == null || text.isBlank() || text.length() > MAX_NOTE) {
            throw new IllegalArgumentException("A note holds from 1 to " + MAX_NOTE + " characters.");
        }
        return toNote(store.insert(new NoteEntity(recordId, validUser(author), now(), text.strip())));
    }

    @Override
    public List<ReviewNote> notes(String recordId) {
        return store.notes(recordId).stream().map(JpaLiteratureScreening::toNote).toList();
    }

    @Override
    public ScreeningDecision decide(String recordId, String reviewer, Decision decision, Optional<String> reason) {
        existing(recordId);
        Optional<String> given = reason.map(String::strip).filter(r -> !r.isEmpty());
        if (decision == Decision.EXCLUDE && given.isEmpty()) {
            throw new IllegalArgumentException("Say why the record is excluded.");
        }
        if (decision != Decision.EXCLUDE && given.isPresent()) {
            throw new IllegalArgumentException("Only an exclusion has a reason.");
        }
        if (given.isPresent() && given.get().length() > MAX_REASON) {
            throw new IllegalArgumentException("A reason holds at most " + MAX_REASON + " characters.");
        }
        return toDecision(store.insert(new DecisionEntity(recordId, validUser(reviewer), decision.name(), given.orElse(null), now())));
    }

    @Override
    public List<ScreeningDecision> decisions(String recordId) {
        return store.decisions(recordId).stream().map(JpaLiteratureScreening::toDecision).toList();
    }

    @Override
    public LiteratureRecord merge(String keptId, String mergedId) {
        // the same lock as tagging: the merge rewrites the kept record's tags
        synchronized (this) {
            existing(keptId);
            existing(mergedId);
            if (keptId.equals(mergedId)) {
                throw new IllegalArgumentException("A record cannot be merged into itself.");
            }
            // the screening first: should the library fail next, both records remain and nothing is lost
            store.reassign(mergedId, keptId);
            return library.merge(keptId, mergedId);
        }
    }

    @Override
    public List<ScreeningConflict> conflicts(Optional<String> tag) {
        return tally(tag).conflicts();
    }

    @Override
    public PrismaCounts prisma(Optional<String> tag) {
        return tally(tag).prisma(identified(tag));
    }

    /** The decisions about the records of the review, that is of the library or of the tag. */
    private ScreeningTally tally(Optional<String> tag) {
        Optional<String> given = tag.map(JpaLiteratureScreening::validTag);
        Predicate<LiteratureRecord> inReview = given.<Predicate<LiteratureRecord>>map(
                t -> r -> r.tags().stream().anyMatch(sameTag(t))).orElse(r -> true);
        List<ScreeningDecision> history = store.decisions().stream().map(JpaLiteratureScreening::toDecision).toList();
        Set<String> members = new LinkedHashSet<>();
        for (ScreeningDecision d : history) {
            if (!members.contains(d.recordId()) && library.record(d.recordId()).filter(inReview).isPresent()) {
                members.add(d.recordId());
            }
        }
        return new ScreeningTally(history.stream().filter(d -> members.contains(d.recordId())).toList());
    }

    private long identified(Optional<String> tag) {
        if (tag.isEmpty()) {
            return library.size();
        }
        try {
            // the tag was checked: it holds no quote or backslash to escape
            return search.search("tag:\"" + validTag(tag.get()) + "\"", Set.of(), SortOrder.RELEVANCE, 0, 1).total();
        } catch (QuerySyntaxException e) {
            throw new IllegalArgumentException("That cannot be a tag: " + e.getMessage());
        }
    }

    private LiteratureRecord existing(String recordId) {
        return library.record(recordId).orElseThrow(() -> new IllegalArgumentException("There is no such record."));
    }

    private Instant now() {
        // milliseconds: what every engine stores, so what is returned equals what is read back
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Tags are compared as {@code tag:} searches them: ignoring case and accents. */
    private static Predicate<String> sameTag(String tag) {
        String key = Analyzers.normalise(tag);
        return t -> Analyzers.normalise(t).equals(key);
    }

    static String validTag(String tag) {
        String given = tag == null ? "" : tag.strip();
        if (given.isEmpty() || given.length() > MAX_TAG || given.chars().anyMatch(c -> c == '"' || c == '\\' || Character.isISOControl(c))) {
            throw new IllegalArgumentException("A tag holds from 1 to " + MAX_TAG + " characters, without quotes, backslashes or control characters.");
        }
        return given;
    }

    private static String validUser(String user) {
        if (user == null || user.isBlank() || user.length() > MAX_USER) {
            throw new IllegalArgumentException("Name the reviewer by their user name.");
        }
        return user;
    }

    private static LiteratureRecord withTags(LiteratureRecord r, Set<String> tags) {
        return new LiteratureRecord(r.id(), r.title(), r.authors(), r.year(), r.doi(), r.language(), r.documentType(), tags,
                r.country(), r.sourceFileName(), r.contentHash(), r.details());
    }

    private static ReviewNote toNote(NoteEntity n) {
        return new ReviewNote(n.recordId(), n.author(), n.writtenAt(), n.text());
    }

    private static ScreeningDecision toDecision(DecisionEntity d) {
        return new ScreeningDecision(d.recordId(), d.reviewer(), Decision.valueOf(d.decision()), Optional.ofNullable(d.reason()),
                d.decidedAt());
    }
}
