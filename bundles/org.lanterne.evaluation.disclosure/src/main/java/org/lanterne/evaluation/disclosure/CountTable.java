package org.lanterne.evaluation.disclosure;

import java.util.List;

/**
 * A table of counts of people, rows by columns, with its row, column and grand totals. A one-way
 * table is a table with one row.
 *
 * @param rows    the row labels
 * @param columns the column labels
 * @param counts  counts[row][column], zero or more
 */
public record CountTable(List<String> rows, List<String> columns, long[][] counts) {

    public CountTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        if (rows.isEmpty() || columns.isEmpty()) {
            throw new IllegalArgumentException("A table has at least one row and one column.");
        }
        if (counts.length != rows.size()) {
            throw new IllegalArgumentException("The table has " + rows.size() + " row labels but " + counts.length + " rows of counts.");
        }
        long[][] copy = new long[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            if (counts[r].length != columns.size()) {
                throw new IllegalArgumentException("Row " + rows.get(r) + " has " + counts[r].length + " counts, not " + columns.size() + ".");
            }
            for (long count : counts[r]) {
                if (count < 0) {
                    throw new IllegalArgumentException("Counts are zero or more; row " + rows.get(r) + " has " + count + ".");
                }
            }
            copy[r] = counts[r].clone();
        }
        counts = copy;
    }

    /** @return the count of one cell */
    public long count(int row, int column) {
        return counts[row][column];
    }

    /** @return the sum of a row */
    public long rowTotal(int row) {
        long sum = 0;
        for (long count : counts[row]) {
            sum += count;
        }
        return sum;
    }

    /** @return the sum of a column */
    public long columnTotal(int column) {
        long sum = 0;
        for (long[] row : counts) {
            sum += row[column];
        }
        return sum;
    }

    /** @return the sum of every cell */
    public long grandTotal() {
        long sum = 0;
        for (int r = 0; r < counts.length; r++) {
            sum += rowTotal(r);
        }
        return sum;
    }

    /** @return the table ready to publish under the rule: see {@link CellSuppressor} */
    public SuppressedTable suppress(SmallCellRule rule) {
        return new CellSuppressor(this, rule).run();
    }
}
