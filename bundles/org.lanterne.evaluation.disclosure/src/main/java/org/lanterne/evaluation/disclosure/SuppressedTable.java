package org.lanterne.evaluation.disclosure;

import java.util.Arrays;

/**
 * A count table ready to publish: each cell and total is either shown or suppressed, and no
 * suppressed small count can be worked out from what is shown.
 */
public final class SuppressedTable {

    private final CountTable table;
    private final SmallCellRule rule;
    private final Suppression[] marks;

    SuppressedTable(CountTable table, SmallCellRule rule, Suppression[] marks) {
        this.table = table;
        this.rule = rule;
        this.marks = marks.clone();
    }

    /** @return the counts before suppression: never publish these */
    public CountTable table() {
        return table;
    }

    public SmallCellRule rule() {
        return rule;
    }

    public Suppression cell(int row, int column) {
        return marks[TableLayout.cell(table, row, column)];
    }

    public Suppression rowTotal(int row) {
        return marks[TableLayout.rowTotal(table, row)];
    }

    public Suppression columnTotal(int column) {
        return marks[TableLayout.columnTotal(table, column)];
    }

    public Suppression grandTotal() {
        return marks[TableLayout.grandTotal(table)];
    }

    /** @return the cell as published: its count, the small-count sign (for example {@code <5}) or {@code x} */
    public String shownCell(int row, int column) {
        return shown(cell(row, column), table.count(row, column));
    }

    public String shownRowTotal(int row) {
        return shown(rowTotal(row), table.rowTotal(row));
    }

    public String shownColumnTotal(int column) {
        return shown(columnTotal(column), table.columnTotal(column));
    }

    public String shownGrandTotal() {
        return shown(grandTotal(), table.grandTotal());
    }

    /** @return how many cells and totals were suppressed for the given reason */
    public long count(Suppression reason) {
        return Arrays.stream(marks).filter(m -> m == reason).count();
    }

    private String shown(Suppression mark, long count) {
        return switch (mark) {
            case SHOWN -> Long.toString(count);
            case SMALL -> rule.shownAs();
            case COMPLEMENTARY -> "x";
        };
    }
}
