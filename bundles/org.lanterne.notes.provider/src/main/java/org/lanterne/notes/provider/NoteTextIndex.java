package org.lanterne.notes.provider;

import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.lanterne.notes.api.Note;
import org.lanterne.notes.api.NoteHit;

/**
 * Lucene over a heap directory: the current text of notes and the text of attachments, searchable within a set of cases,
 * with highlighted passages. Nothing of it is ever written to disk.
 */
final class NoteTextIndex implements Closeable {

    private static final String KEY = "key";
    private static final String NOTE = "note";
    private static final String ATTACHMENT = "attachment";
    private static final String CASE = "case";
    private static final String SESSION = "session";
    private static final String DAY = "day";
    private static final String TEXT = "text";
    private static final int SNIPPET_PASSAGES = 2;

    /** A note's current text or an attachment's text, and where it belongs. */
    record Entry(String key, String noteId, String attachmentId, String sessionId, String caseId, LocalDate day, String text) {

        static Entry of(Note note, String caseId, LocalDate day) {
            return new Entry("note:" + note.id(), note.id(), null, note.sessionId(), caseId, day, String.join("\n\n", note.currentSections().values()));
        }

        static Entry ofAttachment(String attachmentId, String sessionId, String caseId, LocalDate day, String text) {
            return new Entry("attachment:" + attachmentId, null, attachmentId, sessionId, caseId, day, text);
        }
    }

    /** Words in any of the installation's languages: case, accents and Arabic letter variants folded, no stemming across languages. */
    static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer words = new StandardTokenizer();
            return new TokenStreamComponents(words, normalize(fieldName, words));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new ArabicNormalizationFilter(new LowerCaseFilter(in)));
        }
    }

    private final Analyzer analyzer = new FoldingAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    NoteTextIndex() throws IOException {
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        this.searchers = new SearcherManager(writer, null);
    }

    /** Adds notes that are not in the index yet, in one batch. */
    void addAll(List<Entry> entries) throws IOException {
        writer.addDocuments(entries.stream().map(NoteTextIndex::document).toList());
    }

    /** Adds or replaces a note and makes it searchable at once. */
    void put(Entry entry) throws IOException {
        writer.updateDocument(new Term(KEY, entry.key()), document(entry));
        searchers.maybeRefreshBlocking();
    }

    void clear() throws IOException {
        writer.deleteAll();
    }

    /** Makes everything added so far searchable. */
    void publish() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /**
     * @param query   in {@link SimpleQueryParser}'s syntax, which reads malformed operators as words
     * @param caseIds the cases whose notes may be found, or {@code null} for every case
     */
    List<NoteHit> search(String query, Collection<String> caseIds, int max) throws IOException {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, TEXT);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query words = parser.parse(query);
        if (words == null) {
            return List.of(); // only operators, or words that analyse to nothing
        }
        BooleanQuery.Builder scoped = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
        if (caseIds != null) {
            scoped.add(new TermInSetQuery(CASE, caseIds.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
        }
        Query scopedQuery = scoped.build();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(scopedQuery, max);
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true)).build();
            String[] snippets = highlighter.highlight(TEXT, scopedQuery, top, SNIPPET_PASSAGES);
            List<NoteHit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                Document stored = searcher.storedFields().document(hit.doc);
                hits.add(new NoteHit(stored.get(NOTE), stored.get(ATTACHMENT), stored.get(SESSION), stored.get(CASE), LocalDate.parse(stored.get(DAY)),
                        snippets[i] == null ? "" : snippets[i]));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    private static Document document(Entry entry) {
        Document document = new Document();
        document.add(new StringField(KEY, entry.key(), Field.Store.NO));
        if (entry.noteId() != null) {
            document.add(new StoredField(NOTE, entry.noteId()));
        }
        if (entry.attachmentId() != null) {
            document.add(new StoredField(ATTACHMENT, entry.attachmentId()));
        }
        document.add(new StringField(CASE, entry.caseId(), Field.Store.YES));
        document.add(new StoredField(SESSION, entry.sessionId()));
        document.add(new StoredField(DAY, entry.day().toString()));
        document.add(new TextField(TEXT, entry.text(), Field.Store.YES));
        return document;
    }
}
