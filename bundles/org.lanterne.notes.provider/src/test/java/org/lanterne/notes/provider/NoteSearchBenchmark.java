package org.lanterne.notes.provider;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.lanterne.notes.api.Note;

/**
 * Search latency over synthetic notes in the in-memory index, and what rebuilding it after a start
 * costs (opening each sealed note, then indexing). Not a test: run it with
 * {@code ./mvnw -B -Pnotes-benchmark -pl bundles/org.lanterne.notes.provider -am verify -DskipTests [-Dnotes.benchmark.notes=N]}.
 */
public final class NoteSearchBenchmark {

    private static final String[] WORDS = ("séance client plan prévention rechute travail famille enfants sécurité soutien objectif "
            + "émotion colère honte isolement fantasmes internet consommation alcool sommeil emploi logement relation partenaire "
            + "session client relapse prevention plan work family support goal emotion anger shame isolation urges internet alcohol "
            + "sleep employment housing relationship partner progress disclosure boundaries empathy victim awareness coping strategy "
            + "جلسة خطة الوقاية الانتكاس العمل الأسرة الأطفال الأمان الدعم الهدف المشاعر الغضب العزلة الإنترنت النوم العلاقة")
            .split(" ");
    private static final String[] SECTIONS = { "presentation", "content", "risk-and-protective-factors", "plan" };
    private static final int CASES = 5_000;
    private static final int QUERIES = 2_000;

    private NoteSearchBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        int notes = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 100_000;
        Random random = new Random(20261123);
        Sealer sealer = new Sealer(new byte[32]);
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            cases.add(UUID.nameUUIDFromBytes(("case" + i).getBytes()).toString());
        }

        long sealedAt = System.nanoTime();
        List<String> sealed = new ArrayList<>(notes);
        long characters = 0;
        for (int i = 0; i < notes; i++) {
            String text = text(random);
            characters += text.length();
            sealed.add(sealer.seal(text, "note-text:" + i));
        }
        double sealSeconds = seconds(sealedAt);

        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long builtAt = System.nanoTime();
        try (NoteTextIndex index = new NoteTextIndex()) {
            List<NoteTextIndex.Entry> batch = new ArrayList<>();
            for (int i = 0; i < notes; i++) {
                String text = sealer.open(sealed.get(i), "note-text:" + i);
                Note note = new Note("n" + i, "s" + i, "session-note", "clinician", Map.of("content", text), Instant.EPOCH, Optional.empty(), List.of());
                batch.add(NoteTextIndex.Entry.of(note, cases.get(i % CASES), LocalDate.of(2026, 1, 1).plusDays(i % 300)));
                if (batch.size() == 2_000) {
                    index.addAll(batch);
                    batch.clear();
                }
            }
            index.addAll(batch);
            index.publish();
            double buildSeconds = seconds(builtAt);
            System.gc();
            long heapAfter = runtime.totalMemory() - runtime.freeMemory();

            List<String> queries = queries(random);
            for (String query : queries.subList(0, 200)) { // warm-up
                index.search(query, null, 20);
            }
            long[] everyCase = time(index, queries, null);
            long[] oneCaseload = time(index, queries, cases.subList(0, 40));

            System.out.printf("notes=%d characters=%d MB%n", notes, characters / 1_000_000);
            System.out.printf("seal=%.1f s; rebuild (open + index)=%.1f s (%.0f notes/s); index heap ≈ %d MB%n", sealSeconds, buildSeconds,
                    notes / buildSeconds, (heapAfter - heapBefore) / 1_000_000);
            report("supervisor (every case)", everyCase);
            report("clinician (40 cases)", oneCaseload);
        }
    }

    private static long[] time(NoteTextIndex index, List<String> queries, List<String> cases) throws Exception {
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            index.search(queries.get(i), cases, 20);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String who, long[] sorted) {
        System.out.printf("search, %s: p50=%.2f ms p99=%.2f ms max=%.2f ms over %d queries%n", who, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    /** Single words, pairs, a phrase, a prefix and an exclusion, in turn. */
    private static List<String> queries(Random random) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            String a = word(random);
            String b = word(random);
            queries.add(switch (i % 5) {
            case 0 -> a;
            case 1 -> a + " " + b;
            case 2 -> "\"" + a + " " + b + "\"";
            case 3 -> a.substring(0, Math.min(4, a.length())) + "*";
            default -> a + " -" + b;
            });
        }
        return queries;
    }

    private static String text(Random random) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (String section : SECTIONS) {
            StringBuilder words = new StringBuilder();
            for (int w = 20 + random.nextInt(60); w > 0; w--) {
                words.append(word(random)).append(w % 12 == 0 ? ". " : " ");
            }
            sections.put(section, words.toString());
        }
        return String.join("\n\n", sections.values());
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
