package org.lanterne.evaluation.disclosure;

/**
 * Which counts are too small to publish.
 *
 * @param threshold       counts from 1 up to {@code threshold - 1} are suppressed; 5 by default,
 *                        11 for rules that forbid every count from 1 to 10
 * @param suppressZeros   whether a count of 0 is suppressed too (when knowing that nobody has a
 *                        combination is itself sensitive)
 */
public record SmallCellRule(int threshold, boolean suppressZeros) {

    /** The usual rule: counts from 1 to 4 are suppressed, zeros are shown. */
    public static final SmallCellRule DEFAULT = new SmallCellRule(5, false);

    public SmallCellRule {
        if (threshold < 2) {
            throw new IllegalArgumentException("A small-cell threshold is 2 or more, not " + threshold + ".");
        }
    }

    /** @return whether this count must be suppressed for its own sake */
    public boolean tooSmall(long count) {
        return count < threshold && (count > 0 || suppressZeros);
    }

    /** @return how a suppressed small count is shown, for example {@code <5} */
    public String shownAs() {
        return "<" + threshold;
    }
}
