package org.lanterne.evaluation.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers every value of a table (cells row by row, then row totals, column totals and the grand
 * total) and lists the additions that tie them: each row and column adds up to its total, and the
 * row totals and the column totals each add up to the grand total.
 */
final class TableLayout {

    /** One addition: the values with coefficient +1 add up to the value with coefficient -1. */
    record Equation(int[] members, int total) {

        boolean involves(int value) {
            if (total == value) {
                return true;
            }
            for (int member : members) {
                if (member == value) {
                    return true;
                }
            }
            return false;
        }
    }

    private TableLayout() {
    }

    static int cell(CountTable table, int row, int column) {
        return row * table.columns().size() + column;
    }

    static int rowTotal(CountTable table, int row) {
        return table.rows().size() * table.columns().size() + row;
    }

    static int columnTotal(CountTable table, int column) {
        return table.rows().size() * (table.columns().size() + 1) + column;
    }

    static int grandTotal(CountTable table) {
        return size(table) - 1;
    }

    static int size(CountTable table) {
        int rows = table.rows().size();
        int columns = table.columns().size();
        return rows * columns + rows + columns + 1;
    }

    static boolean isCell(CountTable table, int value) {
        return value < table.rows().size() * table.columns().size();
    }

    static long[] values(CountTable table) {
        long[] values = new long[size(table)];
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                values[cell(table, r, c)] = table.count(r, c);
            }
            values[rowTotal(table, r)] = table.rowTotal(r);
        }
        for (int c = 0; c < table.columns().size(); c++) {
            values[columnTotal(table, c)] = table.columnTotal(c);
        }
        values[grandTotal(table)] = table.grandTotal();
        return values;
    }

    static List<Equation> equations(CountTable table) {
        int rows = table.rows().size();
        int columns = table.columns().size();
        List<Equation> equations = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int[] members = new int[columns];
            for (int c = 0; c < columns; c++) {
                members[c] = cell(table, r, c);
            }
            equations.add(new Equation(members, rowTotal(table, r)));
        }
        for (int c = 0; c < columns; c++) {
            int[] members = new int[rows];
            for (int r = 0; r < rows; r++) {
                members[r] = cell(table, r, c);
            }
            equations.add(new Equation(members, columnTotal(table, c)));
        }
        int[] rowTotals = new int[rows];
        for (int r = 0; r < rows; r++) {
            rowTotals[r] = rowTotal(table, r);
        }
        equations.add(new Equation(rowTotals, grandTotal(table)));
        int[] columnTotals = new int[columns];
        for (int c = 0; c < columns; c++) {
            columnTotals[c] = columnTotal(table, c);
        }
        equations.add(new Equation(columnTotals, grandTotal(table)));
        return equations;
    }
}
