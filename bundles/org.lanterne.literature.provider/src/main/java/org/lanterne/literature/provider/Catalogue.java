package org.lanterne.literature.provider;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.lanterne.literature.api.PossibleDuplicate;

/**
 * What duplicate detection needs of every record, in memory: content hashes, DOIs and
 * normalised titles by year. Small even for 100,000 records.
 */
final class Catalogue {

    /** Titles at least this similar (and of the same year) are the same document. */
    static final double SAME_TITLE = 0.92;
    /** Shorter titles ("Rapport annuel") must match exactly. */
    private static final int SHORT_TITLE = 20;

    record Entry(String id, String hash, Optional<String> doi, String titleKey, OptionalInt year) {
    }

    record Duplicate(String of, String reason) {
    }

    private final Map<String, Entry> byId = new HashMap<>();
    private final Map<String, String> byHash = new HashMap<>();
    private final Map<String, String> byDoi = new HashMap<>();
    private final Map<Integer, List<Entry>> byYear = new HashMap<>();

    synchronized Optional<Duplicate> sameContent(String hash) {
        String id = byHash.get(hash);
        return id == null ? Optional.empty() : Optional.of(new Duplicate(id, "same content (identical file) as " + id));
    }

    synchronized Optional<Duplicate> sameWork(Optional<String> doi, String titleKey, OptionalInt year) {
        if (doi.isPresent() && byDoi.containsKey(doi.get())) {
            String id = byDoi.get(doi.get());
            return Optional.of(new Duplicate(id, "same DOI " + doi.get() + " as " + id));
        }
        if (year.isPresent()) {
            for (Entry other : byYear.getOrDefault(year.getAsInt(), List.of())) {
                boolean same = titleKey.length() < SHORT_TITLE || other.titleKey().length() < SHORT_TITLE
                        ? titleKey.equals(other.titleKey())
                        : Guesses.similarity(titleKey, other.titleKey()) >= SAME_TITLE;
                if (same) {
                    return Optional.of(new Duplicate(other.id(), "same title and year (" + year.getAsInt() + ") as " + other.id()));
                }
            }
        }
        return Optional.empty();
    }

    /** A merged record's content hash, now the kept record's. */
    synchronized void alias(String hash, String id) {
        byHash.put(hash, id);
    }

    /** @return the records with the same DOI, or the same normalised title and year, in pairs */
    synchronized List<PossibleDuplicate> possibleDuplicates() {
        Map<String, List<String>> byDoiGroups = new TreeMap<>();
        Map<String, List<String>> byTitleGroups = new TreeMap<>();
        for (Entry e : byId.values()) {
            e.doi().ifPresent(d -> byDoiGroups.computeIfAbsent(d, k -> new ArrayList<>()).add(e.id()));
            if (e.year().isPresent() && !e.titleKey().isEmpty()) {
                byTitleGroups.computeIfAbsent(e.year().getAsInt() + " " + e.titleKey(), k -> new ArrayList<>()).add(e.id());
            }
        }
        Map<String, PossibleDuplicate> pairs = new LinkedHashMap<>();
        byDoiGroups.forEach((doi, ids) -> pairs(ids, "same DOI " + doi, pairs));
        byTitleGroups.forEach((key, ids) -> pairs(ids, "same title and year (" + key.substring(0, key.indexOf(' ')) + ")", pairs));
        return List.copyOf(pairs.values());
    }

    private static void pairs(List<String> ids, String reason, Map<String, PossibleDuplicate> pairs) {
        ids.sort(null);
        for (int i = 1; i < ids.size(); i++) {
            pairs.putIfAbsent(ids.get(0) + " " + ids.get(i), new PossibleDuplicate(ids.get(0), ids.get(i), reason));
        }
    }

    synchronized void put(Entry entry) {
        remove(entry.id());
        byId.put(entry.id(), entry);
        byHash.put(entry.hash(), entry.id());
        entry.doi().ifPresent(d -> byDoi.put(d, entry.id()));
        entry.year().ifPresent(y -> byYear.computeIfAbsent(y, k -> new ArrayList<>()).add(entry));
    }

    synchronized void remove(String id) {
        Entry old = byId.remove(id);
        if (old != null) {
            byHash.remove(old.hash(), id);
            old.doi().ifPresent(d -> byDoi.remove(d, id));
            old.year().ifPresent(y -> byYear.getOrDefault(y, new ArrayList<>()).removeIf(e -> e.id().equals(id)));
        }
    }

    synchronized void clear() {
        byId.clear();
        byHash.clear();
        byDoi.clear();
        byYear.clear();
    }

    synchronized int size() {
        return byId.size();
    }
}
