package org.lanterne.literature.provider;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

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
