package org.lanterne.literature.provider.references;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.lanterne.literature.api.LiteratureRecord;

/**
 * Citation keys such as {@code dupont2024enfants}: the first author's family name (or first
 * word), the year ({@code nd} without one) and the first title word of four letters or more,
 * folded to ASCII. Records that would share a key get {@code a}, {@code b}, ... in the order of
 * their ids, so a record keeps its key whatever the order of the selection.
 */
final class CitationKeys {

    private CitationKeys() {
    }

    /** @return the key of each record, by id */
    static Map<String, String> of(List<LiteratureRecord> records) {
        Map<String, SortedSet<String>> idsByBase = new HashMap<>();
        for (LiteratureRecord r : records) {
            idsByBase.computeIfAbsent(base(r), k -> new TreeSet<>()).add(r.id());
        }
        Map<String, String> keys = new HashMap<>();
        idsByBase.forEach((base, ids) -> {
            int i = 0;
            for (String id : ids) {
                keys.put(id, ids.size() == 1 ? base : base + suffix(i++));
            }
        });
        return keys;
    }

    static String base(LiteratureRecord r) {
        String author = r.authors().isEmpty() ? "anon"
                : Names.person(r.authors().get(0)).map(Names.Person::family).orElse(firstWord(r.authors().get(0)));
        String word = "";
        for (String w : r.title().split("[^\\p{L}\\p{N}]+")) {
            if (w.codePointCount(0, w.length()) >= 4) {
                word = w;
                break;
            }
        }
        String year = r.year().isPresent() ? Integer.toString(r.year().getAsInt()) : "nd";
        String key = ascii(author, 20) + year + ascii(word, 20);
        return key.isEmpty() ? "ref" : key;
    }

    private static String firstWord(String value) {
        String[] words = value.strip().split("[\\s,]+");
        return words.length == 0 ? "" : words[0];
    }

    private static String ascii(String value, int max) {
        String folded = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("Æ", "ae").replace("Œ", "oe")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return folded.length() > max ? folded.substring(0, max) : folded;
    }

    /** a, b, ..., z, aa, ab, ... */
    private static String suffix(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            s.insert(0, (char) ('a' + i % 26));
        }
        return s.toString();
    }
}
