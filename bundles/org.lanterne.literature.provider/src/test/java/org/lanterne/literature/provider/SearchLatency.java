package org.lanterne.literature.provider;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.lanterne.literature.api.Facet;
import org.lanterne.literature.api.FacetRequest;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.SortOrder;

/**
 * Re-indexing from stored text and search latency. The records are pages of the corpus (windows
 * of about {@value #PAGE} characters at seeded random places in its extracted texts, each with its
 * document's title, year and language and one of a few tags and countries), stored as imports
 * store them, then indexed by a rebuild of the index; the queries are the mix {@link #QUERIES},
 * each searched with every facet counted, snippets and the first page of 20 hits, as the HTTP API
 * does by default.
 */
final class SearchLatency {

    static final int RECORDS = 100_000;
    private static final int PAGE = 1_800;
    private static final int ROUNDS = 40;
    private static final List<String> TAGS = List.of("revue", "prévention", "outils", "à lire", "exclu");
    private static final List<String> COUNTRIES = List.of("France", "Maroc", "Tunisie", "Belgique");

    /** The query mix: words, phrases, operators, fields, wildcards and fuzzy terms, in French and English. */
    static final Map<String, String> QUERIES = queries();

    private static Map<String, String> queries() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("one French word", "enfant");
        q.put("one English word", "document");
        q.put("unaccented singular", "securite");
        q.put("two words (AND)", "police caractères");
        q.put("OR", "tableau OR figure");
        q.put("NOT", "exemple NOT tableau");
        q.put("phrase", "\"mise en page\"");
        q.put("title field", "title:guide");
        q.put("year range", "bibliographie year:2015..2024");
        q.put("language and tag", "lang:fr tag:revue");
        q.put("wildcard", "typograph*");
        q.put("fuzzy", "documnet~1");
        q.put("rare word", "cyberviolence");
        q.put("every record", "");
        return q;
    }

    private SearchLatency() {
    }

    static void run(Path corpusLibrary, Path folder) throws Exception {
        List<Page> pages;
        try (Library corpus = LiteratureBenchmark.open(corpusLibrary)) {
            pages = pages(corpus);
        }
        LiteratureBenchmark.delete(folder);
        try (Library library = LiteratureBenchmark.open(folder)) {
            long bytes = 0;
            for (Page page : pages) {
                library.store().write(page.record(), page.text());
                bytes += page.text().getBytes(StandardCharsets.UTF_8).length;
            }
            System.out.printf(Locale.ROOT, "pages: %,d records, %.1f MB of text%n", pages.size(), bytes / 1e6);
            ReindexFigures.print("pages", library);
            latency(library);
        }
    }

    private record Page(LiteratureRecord record, String text) {
    }

    private static List<Page> pages(Library corpus) throws IOException, NoSuchAlgorithmException {
        List<LiteratureRecord> sources = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String id : corpus.store().ids()) {
            String text = corpus.store().text(id);
            if (text.length() > PAGE) {
                sources.add(corpus.store().record(id));
                texts.add(text);
            }
        }
        if (sources.isEmpty()) {
            throw new IllegalStateException("The corpus library holds no text longer than a page: see the import's log.");
        }
        Random random = new Random(11);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        List<Page> pages = new ArrayList<>(RECORDS);
        for (int n = 0; n < RECORDS; n++) {
            int source = random.nextInt(sources.size());
            String text = texts.get(source);
            int from = text.indexOf(' ', random.nextInt(text.length() - PAGE));
            int to = Math.max(from + 1, text.lastIndexOf(' ', from + PAGE));
            String page = text.substring(from + 1, to);
            LiteratureRecord of = sources.get(source);
            String hash = HexFormat.of().formatHex(sha256.digest(Integer.toString(n).getBytes(StandardCharsets.UTF_8)));
            LiteratureRecord record = new LiteratureRecord(Library.idFor(hash), of.title() + ", p. " + (n % 400 + 1), of.authors(),
                    of.year(), Optional.empty(), of.language(), of.documentType(), Set.of(TAGS.get(n % TAGS.size())),
                    Optional.of(COUNTRIES.get(n % COUNTRIES.size())), of.sourceFileName(), hash, of.details());
            pages.add(new Page(record, page));
        }
        return pages;
    }

    static void latency(Library library) throws Exception {
        Set<FacetRequest> facets = EnumSet.allOf(Facet.class).stream().map(f -> new FacetRequest(f, 10)).collect(Collectors.toSet());
        for (int warmUp = 0; warmUp < 10; warmUp++) {
            for (String query : QUERIES.values()) {
                library.search(query, facets, SortOrder.RELEVANCE, 0, 20);
            }
        }
        Map<String, List<Long>> byQuery = new LinkedHashMap<>();
        List<Long> all = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, String> query : QUERIES.entrySet()) {
                long start = System.nanoTime();
                long total = library.search(query.getValue(), facets, SortOrder.RELEVANCE, 0, 20).total();
                long nanos = System.nanoTime() - start;
                byQuery.computeIfAbsent(query.getKey() + " `" + query.getValue() + "` (" + total + " hits)", k -> new ArrayList<>()).add(nanos);
                all.add(nanos);
            }
        }
        for (Map.Entry<String, List<Long>> query : byQuery.entrySet()) {
            long[] sorted = LiteratureBenchmark.sorted(query.getValue());
            System.out.printf(Locale.ROOT, "  %-70s p50 %6.1f ms, max %6.1f ms%n", query.getKey(), LiteratureBenchmark.percentile(sorted, 50),
                    sorted[sorted.length - 1] / 1e6);
        }
        long[] sorted = LiteratureBenchmark.sorted(all);
        System.out.printf(Locale.ROOT, "search over %,d records, %d queries (%d rounds of the mix): p50 %.1f ms, p99 %.1f ms%n",
                library.size(), sorted.length, ROUNDS, LiteratureBenchmark.percentile(sorted, 50), LiteratureBenchmark.percentile(sorted, 99));
    }
}
