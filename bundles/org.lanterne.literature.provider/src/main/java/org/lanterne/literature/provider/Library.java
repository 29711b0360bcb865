package org.lanterne.literature.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.FSDirectory;
import org.lanterne.literature.api.BibliographicDetails;
import org.lanterne.literature.api.Facet;
import org.lanterne.literature.api.FacetCount;
import org.lanterne.literature.api.FacetRequest;
import org.lanterne.literature.api.FileOutcome;
import org.lanterne.literature.api.ImportJob;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.PossibleDuplicate;
import org.lanterne.literature.api.Provenance;
import org.lanterne.literature.api.QuerySyntaxException;
import org.lanterne.literature.api.ReferenceFormat;
import org.lanterne.literature.api.ReferenceFormatException;
import org.lanterne.literature.api.SearchHit;
import org.lanterne.literature.api.SearchResult;
import org.lanterne.literature.api.SortOrder;
import org.lanterne.literature.api.WorkType;
import org.lanterne.literature.provider.references.ReferenceCodec;
import org.lanterne.literature.provider.references.ReferenceEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library under one folder: {@code index/} (Lucene) and {@code text/} (extracted text and
 * metadata, from which the index can be rebuilt). It owns the one {@link IndexWriter} and the
 * {@link SearcherManager}; imports run one at a time on its own thread.
 */
final class Library implements AutoCloseable {

    /**
     * @param folder       the library's folder
     * @param limits       extraction limits
     * @param commitEvery  files imported between two commits (and refreshes of what searches see),
     *                     at most one commit every five seconds
     * @param threads      threads that extract and index at the same time
     */
    record Settings(Path folder, Extractor.Limits limits, int commitEvery, int threads) {

        /** One thread per processor. */
        Settings(Path folder, Extractor.Limits limits, int commitEvery) {
            this(folder, limits, commitEvery, Runtime.getRuntime().availableProcessors());
        }
    }

    static final String MARK_START = "<mark>";
    static final String MARK_END = "</mark>";

    private static final Logger LOG = LoggerFactory.getLogger(Library.class);
    private static final int SNIPPETS = 3;
    // two marks apart only by spaces are one phrase (or neighbouring hits): one mark
    private static final Pattern ADJACENT_MARKS = Pattern.compile(MARK_END + "(\\s+)" + MARK_START);
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        // offsets in the postings make snippets of long texts cheap
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final Settings settings;
    private final Analyzer analyzer = Analyzers.perField();
    private final FacetsConfig facets = new FacetsConfig();
    private final QueryLanguage language = new QueryLanguage(analyzer);
    private final Catalogue catalogue = new Catalogue();
    private final AtomicInteger extractions = new AtomicInteger();
    private final List<RunningImport> running = new ArrayList<>();
    private final ExecutorService jobs = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lanterne-literature-import");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger workerCount = new AtomicInteger();
    private final ExecutorService workers;
    private final TextStore store;
    private final Extractor extractor;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile FacetState facetState;
    private ImportJob rebuildAtOpen;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private Library(Settings settings) throws IOException {
        this.settings = settings;
        facets.setMultiValued(Fields.FACET_TAG, true);
        store = new TextStore(settings.folder().resolve("text"));
        Path index = settings.folder().resolve("index");
        DamagedIndex.setAsideIfDamaged(index);
        Files.createDirectories(index);
        directory = FSDirectory.open(index);
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        // fewer, larger segments while whole libraries are indexed
        config.setRAMBufferSizeMB(64);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, null);
        extractor = new Extractor(settings.limits());
        workers = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "lanterne-literature-worker-" + workerCount.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens the library; if its index is missing, or damaged and set aside, but texts are stored,
     * rebuilds the index in the background.
     */
    static Library open(Settings settings) throws IOException {
        Library library = new Library(settings);
        try {
            library.loadCatalogue();
            if (library.catalogue.size() == 0 && !library.store.ids().isEmpty()) {
                library.rebuildAtOpen = library.rebuild();
            }
            return library;
        } catch (IOException | RuntimeException e) {
            library.close();
            throw e;
        }
    }

    private void loadCatalogue() throws IOException {
        store.aliases().forEach(catalogue::alias);
        IndexSearcher searcher = searchers.acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            for (var leaf : reader.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                var live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        catalogue.put(entry(record(RecordFields.read(stored, doc))));
                    }
                }
            }
        } finally {
            searchers.release(searcher);
        }
    }

    /** @return the rebuild that opening the library started, if its index was missing or damaged */
    Optional<ImportJob> rebuildAtOpen() {
        return Optional.ofNullable(rebuildAtOpen);
    }

    // ---- imports ----

    ImportJob start(List<Path> paths) {
        List<Path> given = List.copyOf(paths);
        return submit(() -> files(given), this::prepareFile);
    }

    /**
     * Reads a reference list at once (a list that cannot be read is refused before anything is
     * imported), then imports its references as a job.
     */
    ImportJob importReferences(String listName, String content, ReferenceFormat format) throws ReferenceFormatException {
        List<ReferenceEntry> entries = ReferenceCodec.of(format).read(listName, content);
        // references are small: each is settled whole, in order
        return submit(() -> entries, (entry, job) -> () -> ImportPipeline.Settled.only(importReference(listName, entry)));
    }

    /** Re-indexes every stored text from scratch, without extracting anything again. */
    ImportJob rebuild() {
        return submit(() -> {
            writer.deleteAll();
            catalogue.clear();
            store.aliases().forEach(catalogue::alias);
            return store.ids();
        }, (id, job) -> {
            LiteratureRecord record = store.record(id);
            String text = store.text(id);
            return () -> {
                catalogue.put(entry(record));
                return new ImportPipeline.Settled(FileOutcome.imported(record.sourceFileName(), id), () -> write(record, text));
            };
        });
    }

    private <T> ImportJob submit(ImportPipeline.Lister<T> lister, ImportPipeline.Preparation<T> preparation) {
        RunningImport job = new RunningImport();
        synchronized (running) {
            running.add(job);
        }
        jobs.execute(() -> run(job, lister, preparation));
        return job;
    }

    private <T> void run(RunningImport job, ImportPipeline.Lister<T> lister, ImportPipeline.Preparation<T> preparation) {
        try {
            new ImportPipeline<T>(workers, settings.threads(), settings.commitEvery(), this::commit).run(job, lister, preparation);
            job.finish();
        } catch (IOException | RuntimeException e) {
            LOG.error("Literature import stopped: {}", e.getClass().getName());
            job.fail(e);
        } finally {
            synchronized (running) {
                running.remove(job);
            }
        }
    }

    private static List<Path> files(List<Path> given) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : given) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> !hidden(path, p)).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Hashes and extracts a file on a worker; its duplicates are decided when it is settled. */
    private ImportPipeline.Settling prepareFile(Path file, RunningImport job) throws IOException, Cancelled {
        String name = file.toString();
        try {
            extractor.check(file);
            String hash = sha256(file);
            Optional<Catalogue.Duplicate> identical = catalogue.sameContent(hash);
            if (identical.isPresent()) {
                return () -> ImportPipeline.Settled.only(FileOutcome.duplicate(name, identical.get().of(), identical.get().reason()));
            }
            String id = idFor(hash);
            if (store.contains(id)) {
                // extracted before a crash or a lost index: index the stored text, do not extract again
                return settleFile(name, store.record(id), store.text(id), false);
            }
            extractions.incrementAndGet();
            Extraction extraction = extractor.extract(file, job::cancelled);
            if (extraction.text().isBlank()) {
                throw new Rejected("no text found (" + extraction.contentType()
                        + "); scanned pages would need text recognition, which is not available");
            }
            return settleFile(name, describe(id, hash, file.getFileName().toString(), extraction), extraction.text(), true);
        } catch (Rejected e) {
            return () -> ImportPipeline.Settled.only(FileOutcome.rejected(name, e.getMessage()));
        }
    }

    /** Duplicates again (a file settled since this one was prepared may be the same), then stored and indexed. */
    private ImportPipeline.Settling settleFile(String name, LiteratureRecord record, String text, boolean extracted) {
        return () -> {
            Optional<Catalogue.Duplicate> same = catalogue.sameContent(record.contentHash());
            if (same.isEmpty() && extracted) {
                same = catalogue.sameWork(record.doi(), Guesses.titleKey(record.title()), record.year());
            }
            if (same.isPresent()) {
                return ImportPipeline.Settled.only(FileOutcome.duplicate(name, same.get().of(), same.get().reason()));
            }
            catalogue.put(entry(record));
            return new ImportPipeline.Settled(FileOutcome.imported(name, record.id()), () -> {
                if (extracted) {
                    store.write(record, text);
                }
                write(record, text);
            });
        };
    }

    private FileOutcome importReference(String listName, ReferenceEntry entry) throws IOException {
        String where = listName + ", line " + entry.line();
        LiteratureRecord draft = entry.draft();
        if (draft.title().isBlank()) {
            return FileOutcome.rejected(where, "no title: a reference needs at least a title");
        }
        String text = draft.details().abstractText().orElse("");
        String language = draft.language().equals("und") ? Guesses.language(draft.title() + "\n" + text) : draft.language();
        String year = draft.year().isPresent() ? Integer.toString(draft.year().getAsInt()) : "";
        String hash = sha256(String.join("\n", Guesses.titleKey(draft.title()), year, draft.doi().orElse(""),
                String.join(";", draft.authors())));
        Optional<Catalogue.Duplicate> same = catalogue.sameWork(draft.doi(), Guesses.titleKey(draft.title()), draft.year())
                .or(() -> catalogue.sameContent(hash).map(d -> new Catalogue.Duplicate(d.of(), "the same reference as " + d.of())));
        if (same.isPresent()) {
            return FileOutcome.duplicate(where, same.get().of(), same.get().reason());
        }
        String id = idFor(hash);
        LiteratureRecord record = new LiteratureRecord(id, draft.title(), draft.authors(), draft.year(), draft.doi(),
                language, LiteratureRecord.REFERENCE, draft.tags(), draft.country(), listName, hash, draft.details());
        store.write(record, text);
        index(record, text);
        return FileOutcome.imported(where, id);
    }

    private static LiteratureRecord describe(String id, String hash, String fileName, Extraction extraction) {
        String text = extraction.text();
        String title = extraction.title().filter(Guesses::usefulTitle)
                .or(() -> Guesses.title(text))
                .orElse(Guesses.fileWords(fileName));
        OptionalInt year = extraction.year();
        if (year.isEmpty()) {
            year = Guesses.year(fileName, fileName.length());
        }
        if (year.isEmpty()) {
            year = Guesses.year(text, 3_000);
        }
        String language = Guesses.language(text);
        if (language.equals("und")) {
            language = extraction.language().flatMap(Guesses::languageCode).orElse("und");
        }
        Optional<String> doi = extraction.doi().or(() -> Guesses.doi(text));
        return new LiteratureRecord(id, title, extraction.authors(), year, doi, language,
                Guesses.documentType(extraction.contentType()), Set.of(), Optional.empty(), fileName, hash);
    }

    // ---- records ----

    Optional<LiteratureRecord> record(String id) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs found = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
                if (found.scoreDocs.length == 0) {
                    return Optional.empty();
                }
                return Optional.of(record(RecordFields.read(searcher.storedFields(), found.scoreDocs[0].doc)));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return catalogue.size();
    }

    Optional<String> text(String id) throws IOException {
        return store.contains(id) ? Optional.of(store.text(id)) : Optional.empty();
    }

    List<PossibleDuplicate> possibleDuplicates() {
        return catalogue.possibleDuplicates();
    }

    List<Provenance> provenance(String id) throws IOException {
        if (!store.contains(id)) {
            return List.of();
        }
        LiteratureRecord record = store.record(id);
        List<Provenance> sources = new ArrayList<>();
        sources.add(new Provenance(id, record.sourceFileName(), record.contentHash()));
        sources.addAll(store.merged(id));
        return sources;
    }

    /**
     * Keeps one record of two: its own metadata, completed by the other's, the union of their tags
     * and both provenances; the other is removed and its hashes point at the kept record.
     */
    synchronized LiteratureRecord merge(String keptId, String mergedId) throws IOException {
        if (keptId.equals(mergedId)) {
            throw new IllegalArgumentException("A record cannot be merged into itself.");
        }
        for (String id : List.of(keptId, mergedId)) {
            if (!store.contains(id)) {
                throw new IllegalArgumentException("no record " + id);
            }
        }
        LiteratureRecord kept = store.record(keptId);
        LiteratureRecord other = store.record(mergedId);
        List<Provenance> merged = new ArrayList<>(store.merged(keptId));
        merged.addAll(provenance(mergedId));
        Set<String> tags = new LinkedHashSet<>(kept.tags());
        other.tags().stream().filter(t -> kept.tags().stream().noneMatch(k -> Analyzers.normalise(k).equals(Analyzers.normalise(t))))
                .forEach(tags::add);
        LiteratureRecord result = new LiteratureRecord(keptId, kept.title(), kept.authors().isEmpty() ? other.authors() : kept.authors(),
                kept.year().isPresent() ? kept.year() : other.year(), kept.doi().or(other::doi), kept.language(), kept.documentType(),
                tags, kept.country().or(other::country), kept.sourceFileName(), kept.contentHash(), kept.details());
        // the kept record first: a crash before the other is removed leaves both, the merge can be done again
        store.writeRecord(result, merged);
        List<String> hashes = merged.stream().map(Provenance::contentHash).toList();
        store.alias(hashes, mergedId, keptId);
        store.delete(mergedId);
        writer.deleteDocuments(new Term(Fields.ID, mergedId));
        catalogue.remove(mergedId);
        hashes.forEach(hash -> catalogue.alias(hash, keptId));
        index(result, store.text(keptId));
        commit();
        return result;
    }

    /**
     * Corrects what a user may correct: title, authors, year, DOI, language, tags and country.
     * The id, file name, type and hash stay as imported.
     */
    LiteratureRecord update(LiteratureRecord corrected) throws IOException {
        if (!store.contains(corrected.id())) {
            throw new IllegalArgumentException("no record " + corrected.id());
        }
        LiteratureRecord old = store.record(corrected.id());
        LiteratureRecord record = new LiteratureRecord(old.id(), corrected.title(), corrected.authors(), corrected.year(),
                corrected.doi(), corrected.language(), old.documentType(), corrected.tags(), corrected.country(),
                old.sourceFileName(), old.contentHash(), corrected.details());
        if (record.documentType().equals(LiteratureRecord.REFERENCE)) {
            // a reference's abstract is its text
            String text = record.details().abstractText().orElse("");
            store.write(record, text);
            index(record, text);
        } else {
            store.writeRecord(record);
            index(record, store.text(record.id()));
        }
        commit();
        return record;
    }

    /** @return the records as a reference list; the stored metadata is authoritative */
    String export(List<String> ids, ReferenceFormat format) throws IOException {
        List<LiteratureRecord> records = new ArrayList<>();
        for (String id : ids) {
            if (!store.contains(id)) {
                throw new IllegalArgumentException("no record " + id);
            }
            records.add(store.record(id));
        }
        return ReferenceCodec.of(format).write(records);
    }

    int extractions() {
        return extractions.get();
    }

    TextStore store() {
        return store;
    }

    static String idFor(String hash) {
        return "lit-" + hash.substring(0, 24);
    }

    // ---- index ----

    private void index(LiteratureRecord r, String text) throws IOException {
        catalogue.put(entry(r));
        write(r, text);
    }

    /** Adds or replaces the record's document in the index; the catalogue already holds it. */
    private void write(LiteratureRecord r, String text) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, r.id(), Field.Store.YES));
        doc.add(new StringField(Fields.HASH, r.contentHash(), Field.Store.YES));
        r.doi().ifPresent(d -> doc.add(new StringField(Fields.DOI, d, Field.Store.YES)));
        doc.add(new StoredField(Fields.TITLE_STORED, r.title()));
        String language = Analyzers.LANGUAGES.contains(r.language()) ? r.language() : "und";
        doc.add(new TextField(Fields.title(language), r.title(), Field.Store.NO));
        for (String author : r.authors()) {
            doc.add(new TextField(Fields.AUTHOR, author, Field.Store.YES));
        }
        if (r.year().isPresent()) {
            int year = r.year().getAsInt();
            doc.add(new IntPoint(Fields.YEAR, year));
            doc.add(new NumericDocValuesField(Fields.YEAR, year));
            doc.add(new StoredField(Fields.YEAR, year));
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_YEAR, Integer.toString(year)));
        }
        doc.add(new StringField(Fields.LANGUAGE, r.language(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(Fields.FACET_LANGUAGE, r.language()));
        doc.add(new StringField(Fields.TYPE, r.documentType(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(Fields.FACET_TYPE, r.documentType()));
        for (String tag : new LinkedHashSet<>(r.tags())) {
            doc.add(new StringField(Fields.TAG, Analyzers.normalise(tag), Field.Store.NO));
            doc.add(new StoredField("tag_value", tag));
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_TAG, tag));
        }
        r.country().ifPresent(c -> {
            doc.add(new StringField(Fields.COUNTRY, Analyzers.normalise(c), Field.Store.NO));
            doc.add(new StoredField("country_value", c));
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_COUNTRY, c));
        });
        doc.add(new StoredField(Fields.FILE_NAME, r.sourceFileName()));
        BibliographicDetails d = r.details();
        doc.add(new StoredField(Fields.WORK_TYPE, d.type().name()));
        d.abstractText().ifPresent(v -> doc.add(new StoredField(Fields.ABSTRACT, v)));
        d.container().ifPresent(v -> doc.add(new StoredField(Fields.CONTAINER, v)));
        d.volume().ifPresent(v -> doc.add(new StoredField(Fields.VOLUME, v)));
        d.issue().ifPresent(v -> doc.add(new StoredField(Fields.ISSUE, v)));
        d.pages().ifPresent(v -> doc.add(new StoredField(Fields.PAGES, v)));
        d.publisher().ifPresent(v -> doc.add(new StoredField(Fields.PUBLISHER, v)));
        d.url().ifPresent(v -> doc.add(new StoredField(Fields.URL, v)));
        doc.add(new TextField(Fields.FILE_WORDS, Guesses.fileWords(r.sourceFileName()), Field.Store.NO));
        // the text last: reading a record's metadata stops before it
        doc.add(new StoredField(Fields.TEXT_LAST, 1));
        doc.add(new Field(Fields.text(language), text, TEXT_WITH_OFFSETS));
        writer.updateDocument(new Term(Fields.ID, r.id()), facets.build(doc));
    }

    private static Catalogue.Entry entry(LiteratureRecord r) {
        return new Catalogue.Entry(r.id(), r.contentHash(), r.doi(), Guesses.titleKey(r.title()), r.year());
    }

    private static LiteratureRecord record(Document doc) {
        var year = doc.getField(Fields.YEAR);
        return new LiteratureRecord(doc.get(Fields.ID), doc.get(Fields.TITLE_STORED), List.of(doc.getValues(Fields.AUTHOR)),
                year == null ? OptionalInt.empty() : OptionalInt.of(year.numericValue().intValue()),
                Optional.ofNullable(doc.get(Fields.DOI)), doc.get(Fields.LANGUAGE), doc.get(Fields.TYPE),
                new LinkedHashSet<>(List.of(doc.getValues("tag_value"))), Optional.ofNullable(doc.get("country_value")),
                doc.get(Fields.FILE_NAME), doc.get(Fields.HASH), details(doc));
    }

    private static BibliographicDetails details(Document doc) {
        String type = doc.get(Fields.WORK_TYPE);
        return new BibliographicDetails(type == null ? WorkType.OTHER : WorkType.valueOf(type),
                Optional.ofNullable(doc.get(Fields.ABSTRACT)), Optional.ofNullable(doc.get(Fields.CONTAINER)),
                Optional.ofNullable(doc.get(Fields.VOLUME)), Optional.ofNullable(doc.get(Fields.ISSUE)),
                Optional.ofNullable(doc.get(Fields.PAGES)), Optional.ofNullable(doc.get(Fields.PUBLISHER)),
                Optional.ofNullable(doc.get(Fields.URL)));
    }

    private void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    // ---- search ----

    SearchResult search(String query, Set<FacetRequest> requests, SortOrder order, int page, int size)
            throws QuerySyntaxException {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be 0 or more and size 1 or more");
        }
        Query parsed = language.parse(query);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int wanted = Math.addExact(Math.multiplyExact(page, size), size);
                FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, parsed, wanted,
                        sort(order), true, new FacetsCollectorManager());
                TopDocs top = result.topDocs();
                ScoreDoc[] all = top.scoreDocs;
                int from = Math.min(all.length, page * size);
                int[] docs = new int[all.length - from];
                for (int i = 0; i < docs.length; i++) {
                    docs[i] = all[from + i].doc;
                }
                Map<Integer, List<String>> snippets = snippets(searcher, parsed, docs);
                List<SearchHit> hits = new ArrayList<>();
                for (int i = 0; i < docs.length; i++) {
                    LiteratureRecord record = record(RecordFields.read(searcher.storedFields(), docs[i]));
                    float score = all[from + i].score;
                    hits.add(new SearchHit(record, Float.isNaN(score) ? 0 : score, snippets.getOrDefault(docs[i], List.of())));
                }
                return new SearchResult(top.totalHits.value, hits, facetCounts(searcher, result, requests));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sort sort(SortOrder order) {
        if (order == SortOrder.RELEVANCE) {
            return Sort.RELEVANCE;
        }
        boolean newestFirst = order == SortOrder.YEAR_NEWEST_FIRST;
        SortField year = new SortField(Fields.YEAR, SortField.Type.INT, newestFirst);
        year.setMissingValue(newestFirst ? Integer.MIN_VALUE : Integer.MAX_VALUE);
        return new Sort(year, SortField.FIELD_SCORE);
    }

    Optional<String> highlight(String id, String query) throws QuerySyntaxException {
        Query parsed = language.parse(query);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs found = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
                if (found.scoreDocs.length == 0) {
                    return Optional.empty();
                }
                // the whole text as one passage, returned even without a hit
                UnifiedHighlighter highlighter = highlighter(searcher).withBreakIterator(WholeBreakIterator::new)
                        .withMaxNoHighlightPassages(1).build();
                return Optional.of(marked(highlighter, parsed, new int[] { found.scoreDocs[0].doc }, 1)[0]);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UnifiedHighlighter.Builder highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(MARK_START, MARK_END, "… ", true))
                .withMaxLength(settings.limits().maxCharacters())
                .withHighlightPhrasesStrictly(true)
                // weight matches would mark a phrase as one, but only by analysing each hit's whole
                // text again; without them, the offsets stored in the postings are read instead,
                // and the words of a phrase are joined into one mark afterwards
                .withWeightMatches(false);
    }

    private Map<Integer, List<String>> snippets(IndexSearcher searcher, Query query, int[] docs) throws IOException {
        if (docs.length == 0) {
            return Map.of();
        }
        UnifiedHighlighter highlighter = highlighter(searcher)
                .withBreakIterator(PassageBreaks::new)
                .build();
        String[] marked = marked(highlighter, query, docs, SNIPPETS);
        Map<Integer, List<String>> snippets = new java.util.HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            if (!marked[i].isBlank()) {
                snippets.put(docs[i], List.of(marked[i].split("(?<=… )")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
            }
        }
        return snippets;
    }

    /**
     * @return for each document, its passages in the text field of its language (a record has one),
     *         with the words of a phrase in one mark; empty when nothing was found
     */
    private static String[] marked(UnifiedHighlighter highlighter, Query query, int[] docs, int passages) throws IOException {
        String[] fields = Analyzers.LANGUAGES.stream().map(Fields::text).toArray(String[]::new);
        int[] perField = new int[fields.length];
        java.util.Arrays.fill(perField, passages);
        Map<String, String[]> byField = highlighter.highlightFields(fields, query, docs.clone(), perField);
        String[] marked = new String[docs.length];
        for (int i = 0; i < docs.length; i++) {
            marked[i] = "";
            for (String field : fields) {
                String[] values = byField.get(field);
                if (values != null && values[i] != null && !values[i].isBlank()) {
                    marked[i] = ADJACENT_MARKS.matcher(values[i]).replaceAll("$1");
                    break;
                }
            }
        }
        return marked;
    }

    private Map<Facet, List<FacetCount>> facetCounts(IndexSearcher searcher, FacetsCollectorManager.FacetsResult result,
            Set<FacetRequest> requests) throws IOException {
        Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
        if (requests.isEmpty() || searcher.getIndexReader().numDocs() == 0) {
            requests.forEach(r -> counts.put(r.facet(), List.of()));
            return counts;
        }
        Facets facetCounts = new SortedSetDocValuesFacetCounts(facetState(searcher.getIndexReader()), result.facetsCollector());
        for (FacetRequest request : requests) {
            String dimension = dimension(request.facet());
            List<FacetCount> values = new ArrayList<>();
            FacetResult top;
            try {
                top = facetCounts.getTopChildren(request.top(), dimension);
            } catch (IllegalArgumentException e) {
                // no record has a value for this dimension yet
                top = null;
            }
            if (top != null) {
                for (LabelAndValue value : top.labelValues) {
                    values.add(new FacetCount(value.label, value.value.longValue()));
                }
            }
            counts.put(request.facet(), values);
        }
        return counts;
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current == null || current.reader() != reader) {
            // costs a pass over the ordinals: kept until the searcher sees a new reader
            current = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, facets));
            facetState = current;
        }
        return current.state();
    }

    private static String dimension(Facet facet) {
        return switch (facet) {
            case YEAR -> Fields.FACET_YEAR;
            case LANGUAGE -> Fields.FACET_LANGUAGE;
            case DOCUMENT_TYPE -> Fields.FACET_TYPE;
            case TAG -> Fields.FACET_TAG;
            case COUNTRY -> Fields.FACET_COUNTRY;
        };
    }

    List<SearchHit> moreLikeThis(String id, int size) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs found = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
                if (found.scoreDocs.length == 0) {
                    return List.of();
                }
                int doc = found.scoreDocs[0].doc;
                LiteratureRecord record = record(RecordFields.read(searcher.storedFields(), doc));
                String lang = Analyzers.LANGUAGES.contains(record.language()) ? record.language() : "und";
                MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
                mlt.setAnalyzer(analyzer);
                mlt.setFieldNames(new String[] { Fields.text(lang) });
                mlt.setMinDocFreq(1);
                mlt.setMinTermFreq(2);
                mlt.setMinWordLen(3);
                mlt.setMaxQueryTerms(30);
                // stop words are indexed (for exact phrases) but say nothing about what a text is about
                mlt.setStopWords(Analyzers.stopWords(lang));
                BooleanQuery query = new BooleanQuery.Builder()
                        .add(mlt.like(doc), BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.MUST_NOT)
                        .build();
                List<SearchHit> hits = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(query, size).scoreDocs) {
                    hits.add(new SearchHit(record(RecordFields.read(searcher.storedFields(), hit.doc)), hit.score, List.of()));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- helpers ----

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public void close() {
        synchronized (running) {
            running.forEach(RunningImport::cancel);
        }
        jobs.shutdown();
        try {
            if (!jobs.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Literature import still running after 30 s; closing the index anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        extractor.close();
        workers.shutdown();
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.error("Closing the literature index failed: {}", e.toString());
        }
    }
}
