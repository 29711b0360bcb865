package org.lanterne.evaluation.disclosure;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * How one quasi-identifier is generalised, level by level: level 0 is the value itself, each level
 * above is coarser, and the top level hides the value ({@code *}).
 */
public final class Hierarchy {

    /** What every value becomes at the top level. */
    public static final String HIDDEN = "*";

    private final int levels;
    private final BiFunction<String, Integer, String> generalisation;

    private Hierarchy(int levels, BiFunction<String, Integer, String> generalisation) {
        this.levels = levels;
        this.generalisation = generalisation;
    }

    /**
     * @param generalisations for each value, its generalisations from the first level up (the top
     *                        level {@code *} is added); every value needs the same number
     * @throws IllegalArgumentException if values have different numbers of levels
     */
    public static Hierarchy explicit(Map<String, List<String>> generalisations) {
        int depth = generalisations.values().stream().mapToInt(List::size).max().orElse(0);
        generalisations.forEach((value, levels) -> {
            if (levels.size() != depth) {
                throw new IllegalArgumentException("Every value needs " + depth + " generalisations; " + value + " has " + levels.size() + ".");
            }
        });
        Map<String, List<String>> copy = Map.copyOf(generalisations);
        return new Hierarchy(depth + 1, (value, level) -> {
            List<String> path = copy.get(value);
            return level <= depth && path != null ? path.get(level - 1) : HIDDEN;
        });
    }

    /**
     * Whole numbers (days since enrolment, ages) grouped in ever wider intervals.
     *
     * @param widths the interval width of each level from the first up, for example 7, 30, 90
     * @throws IllegalArgumentException if a width is not larger than the one before
     */
    public static Hierarchy intervals(int... widths) {
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] < 2 || i > 0 && widths[i] <= widths[i - 1]) {
                throw new IllegalArgumentException("Interval widths grow from 2 upwards: " + java.util.Arrays.toString(widths) + ".");
            }
        }
        int[] copy = widths.clone();
        return new Hierarchy(copy.length + 1, (value, level) -> {
            if (level > copy.length) {
                return HIDDEN;
            }
            long number = Long.parseLong(value);
            long start = Math.floorDiv(number, copy[level - 1]) * copy[level - 1];
            return start + "-" + (start + copy[level - 1] - 1);
        });
    }

    /** @return the number of levels above the value itself; the last one hides it */
    public int levels() {
        return levels;
    }

    /**
     * @param value a value of the quasi-identifier
     * @param level from 0 (the value) to {@link #levels()} ({@code *})
     * @return the value at that level
     * @throws IllegalArgumentException if the value does not fit the hierarchy (a number expected)
     */
    public String generalise(String value, int level) {
        if (level == 0) {
            return value;
        }
        if (level >= levels) {
            return HIDDEN;
        }
        try {
            return generalisation.apply(value, level);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A whole number is expected, not the value given.", e);
        }
    }
}
