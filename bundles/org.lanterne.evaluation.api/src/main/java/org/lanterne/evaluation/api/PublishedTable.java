package org.lanterne.evaluation.api;

import java.util.List;
import java.util.OptionalLong;

/**
 * A table of counts of people as it may be published: each count is shown, or withheld as
 * {@code <5} (too small) or {@code x} (hidden so that a small count cannot be worked out).
 *
 * @param rows         the row labels
 * @param columns      the column labels (the groups of the split)
 * @param cells        cells[row][column] as shown
 * @param rowTotals    each row's total as shown
 * @param columnTotals each column's total as shown
 * @param total        the grand total as shown
 */
public record PublishedTable(List<String> rows, List<String> columns, List<List<String>> cells, List<String> rowTotals,
        List<String> columnTotals, String total) {

    public PublishedTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        cells = cells.stream().map(List::copyOf).toList();
        rowTotals = List.copyOf(rowTotals);
        columnTotals = List.copyOf(columnTotals);
    }

    /** @return the cell's count, or empty when it is withheld */
    public OptionalLong count(int row, int column) {
        return shownCount(cells.get(row).get(column));
    }

    /** @return a shown count as a number, or empty for a withheld one */
    public static OptionalLong shownCount(String shown) {
        return shown.chars().allMatch(Character::isDigit) && !shown.isEmpty() ? OptionalLong.of(Long.parseLong(shown)) : OptionalLong.empty();
    }
}
