package org.lanterne.selfhelp.provider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.lanterne.selfhelp.api.Count;

/**
 * Small-cell suppression of aggregates: a count from 1 to {@link #THRESHOLD} - 1 describes so few
 * people that they might be recognised, so it is withheld (zero is shown: it describes nobody).
 */
final class Suppression {

    /** The smallest count shown, the common default of statistical offices. */
    static final int THRESHOLD = 5;

    private Suppression() {
    }

    static Count count(int n) {
        return n > 0 && n < THRESHOLD ? new Count(null) : new Count(n);
    }

    /**
     * Suppresses the cells of a partition whose total is published. When exactly one cell is
     * withheld, it could be worked out as the total minus the others, so the smallest other cell
     * that is not zero is withheld too (secondary suppression).
     *
     * @param cells counts that add up to a published total
     */
    static List<Count> partition(List<Integer> cells) {
        List<Count> counts = new ArrayList<>(cells.stream().map(Suppression::count).toList());
        long withheld = counts.stream().filter(Count::suppressed).count();
        if (withheld == 1) {
            IntStream.range(0, cells.size()).filter(i -> !counts.get(i).suppressed() && cells.get(i) > 0)
                    .boxed().min(Comparator.comparing(cells::get))
                    .ifPresent(i -> counts.set(i, new Count(null)));
        }
        return List.copyOf(counts);
    }
}
