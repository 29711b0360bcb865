package org.lanterne.evaluation.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import org.lanterne.evaluation.api.PublishedTable;
import org.lanterne.evaluation.disclosure.CountTable;
import org.lanterne.evaluation.disclosure.SmallCellRule;
import org.lanterne.evaluation.disclosure.SuppressedTable;

/**
 * The two disclosure rules of indicators: counts of people go through small-cell suppression
 * (1 to 4 shown as {@code <5}, with secondary suppression), and a statistic is computed only on 5
 * people or more.
 */
final class Disclosure {

    /** The fewest people a statistic may describe, and the threshold of small counts. */
    static final int MIN_PEOPLE = 5;

    private static final SmallCellRule RULE = new SmallCellRule(MIN_PEOPLE, false);

    private Disclosure() {
    }

    /** @return the table as it may be published */
    static PublishedTable publish(List<String> rows, List<String> columns, long[][] counts) {
        SuppressedTable shown = new CountTable(rows, columns, counts).suppress(RULE);
        List<List<String>> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int row = r;
            cells.add(IntStream.range(0, columns.size()).mapToObj(c -> shown.shownCell(row, c)).toList());
        }
        return new PublishedTable(rows, columns, cells, IntStream.range(0, rows.size()).mapToObj(shown::shownRowTotal).toList(),
                IntStream.range(0, columns.size()).mapToObj(shown::shownColumnTotal).toList(), shown.shownGrandTotal());
    }

    /** @return whether a statistic may be computed on this many people */
    static boolean enoughPeople(long people) {
        return people >= MIN_PEOPLE;
    }

    /** @return shown / total when both are shown, else NaN */
    static double share(String shown, String total) {
        OptionalLong part = PublishedTable.shownCount(shown);
        OptionalLong whole = PublishedTable.shownCount(total);
        return part.isPresent() && whole.isPresent() && whole.getAsLong() > 0 ? part.getAsLong() / (double) whole.getAsLong() : Double.NaN;
    }
}
