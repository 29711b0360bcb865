package org.lanterne.literature.ui.internal;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.lanterne.literature.api.Facet;

/**
 * What the part asks the library for: the words typed, narrowed by the ticked facet values. Values
 * of one facet are alternatives (2023 or 2024); different facets all apply (2024 and French).
 *
 * @param words   the query as typed, in the query language; blank for every record
 * @param filters the ticked values of each facet
 */
record LibraryQuery(String words, Map<Facet, Set<String>> filters) {

    LibraryQuery {
        words = words == null ? "" : words.strip();
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Set.copyOf(new LinkedHashSet<>(values)));
            }
        });
        filters = Map.copyOf(copy);
    }

    /** @return the query language's field for a facet */
    static String field(Facet facet) {
        return switch (facet) {
            case YEAR -> "year";
            case LANGUAGE -> "lang";
            case DOCUMENT_TYPE -> "type";
            case TAG -> "tag";
            case COUNTRY -> "country";
        };
    }

    /**
     * @return the query to send: the words in parentheses, so that their {@code OR} cannot escape
     *         the filters, then one clause per facet, each value quoted
     */
    String text() {
        StringJoiner query = new StringJoiner(" AND ");
        if (!words.isEmpty()) {
            query.add("(" + words + ")");
        }
        for (Facet facet : Facet.values()) {
            Set<String> values = filters.getOrDefault(facet, Set.of());
            if (!values.isEmpty()) {
                StringJoiner any = new StringJoiner(" OR ", values.size() > 1 ? "(" : "", values.size() > 1 ? ")" : "");
                values.stream().sorted().forEach(value -> any.add(field(facet) + ":" + quoted(value)));
                query.add(any.toString());
            }
        }
        return query.toString();
    }

    /**
     * @param position a position in {@link #text()}, as a query syntax error reports it
     * @return the same position in the words typed (one-based, as people count), or 0 when it falls outside them
     */
    int positionInWords(int position) {
        int inWords = position - 1;
        return words.isEmpty() || inWords < 0 || inWords > words.length() ? 0 : inWords + 1;
    }

    /** @return the same words with {@code value} of {@code facet} ticked or unticked */
    LibraryQuery with(Facet facet, String value, boolean ticked) {
        Map<Facet, Set<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(filters);
        Set<String> values = new LinkedHashSet<>(filters.getOrDefault(facet, Set.of()));
        if (ticked) {
            values.add(value);
        } else {
            values.remove(value);
        }
        changed.put(facet, values);
        return new LibraryQuery(words, changed);
    }

    /** @return whether {@code value} of {@code facet} is ticked */
    boolean ticked(Facet facet, String value) {
        return filters.getOrDefault(facet, Set.of()).contains(value);
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
