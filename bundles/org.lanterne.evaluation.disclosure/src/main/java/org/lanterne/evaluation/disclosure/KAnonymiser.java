package org.lanterne.evaluation.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes a dataset k-anonymous: every combination of quasi-identifier values is shared by at least
 * k records. Each quasi-identifier is generalised to one level of its hierarchy for the whole
 * dataset (full-domain generalisation, as in ARX and sdcMicro's global recoding); the records whose
 * combination is still rarer than k are then left out (suppression), up to a given share.
 * <p>
 * The levels are searched in the lattice of all level combinations, lowest total height first; the
 * first height holding a combination that works is kept, and there the combination losing least
 * (the sum of each level over its top level), then suppressing fewest records, wins. Generalising
 * more never makes a class smaller, so no lower height could have worked.
 */
public final class KAnonymiser {

    private final int k;
    private final double maxSuppressedShare;

    /**
     * @param k                  2 or more; 5 is the usual default
     * @param maxSuppressedShare the largest share of records that may be left out, from 0 to 1
     */
    public KAnonymiser(int k, double maxSuppressedShare) {
        if (k < 2) {
            throw new IllegalArgumentException("k is 2 or more, not " + k + ".");
        }
        if (!(maxSuppressedShare >= 0 && maxSuppressedShare < 1)) {
            throw new IllegalArgumentException("The share of records that may be left out lies in [0, 1), not " + maxSuppressedShare + ".");
        }
        this.k = k;
        this.maxSuppressedShare = maxSuppressedShare;
    }

    /** The records left, generalised, and what was done. */
    public record Result(List<String[]> records, DisclosureReport report) {
    }

    /**
     * For datasets with one record per person.
     *
     * @param records          the records, each an array of column values; not changed
     * @param quasiIdentifiers the columns to generalise
     * @return the k-anonymous records, in their original order, and the report
     * @throws IllegalArgumentException if there are fewer than k records, or a value does not fit its hierarchy
     */
    public Result anonymise(List<String[]> records, List<QuasiIdentifier> quasiIdentifiers) {
        return anonymise(records, quasiIdentifiers, -1);
    }

    /**
     * For datasets where a person may have several records (one per assessment, say): a
     * combination must then be shared by k different people, not k records of one person.
     *
     * @param personColumn the column naming the person of each record, or -1 when each record is a person
     */
    public Result anonymise(List<String[]> records, List<QuasiIdentifier> quasiIdentifiers, int personColumn) {
        if (records.size() < k) {
            throw new IllegalArgumentException("A dataset of " + records.size() + " records cannot be " + k + "-anonymous.");
        }
        Generalised generalised = new Generalised(records, quasiIdentifiers, personColumn);
        if (generalised.people < k) {
            throw new IllegalArgumentException("Only " + generalised.people + " different people: a dataset needs at least " + k
                    + " to be " + k + "-anonymous.");
        }
        int[] tops = quasiIdentifiers.stream().mapToInt(q -> q.hierarchy().levels()).toArray();
        long allowed = (long) Math.floor(maxSuppressedShare * records.size());
        for (int height = 0; height <= Arrays.stream(tops).sum(); height++) {
            Evaluation best = null;
            for (int[] levels : combinations(tops, height)) {
                Evaluation evaluation = generalised.evaluate(levels, k);
                if (evaluation.suppressed() <= allowed && (best == null || evaluation.compareTo(best, tops) < 0)) {
                    best = evaluation;
                }
            }
            if (best != null) {
                return generalised.result(best, k, maxSuppressedShare, tops);
            }
        }
        throw new IllegalStateException("Hiding every quasi-identifier always works when there are k records or more.");
    }

    /** @return every level combination with each level at most its top and the given sum */
    private static List<int[]> combinations(int[] tops, int height) {
        List<int[]> found = new ArrayList<>();
        collect(tops, height, 0, new int[tops.length], found);
        return found;
    }

    private static void collect(int[] tops, int remaining, int index, int[] levels, List<int[]> found) {
        if (index == tops.length) {
            if (remaining == 0) {
                found.add(levels.clone());
            }
            return;
        }
        for (int level = 0; level <= Math.min(tops[index], remaining); level++) {
            levels[index] = level;
            collect(tops, remaining - level, index + 1, levels, found);
        }
    }

    /**
     * The classes of one level combination: each unit's class key, and all keys sorted so that a
     * class's size is the length of its run.
     */
    private record Evaluation(int[] levels, long[] unitKeys, long[] sortedKeys, int suppressed) {

        int size(long key) {
            return upperBound(key) - lowerBound(key);
        }

        /** @return the sizes of the classes of at least k units */
        int[] sizesOfAtLeast(int k) {
            List<Integer> sizes = new ArrayList<>();
            for (int start = 0; start < sortedKeys.length;) {
                int end = upperBound(sortedKeys[start]);
                if (end - start >= k) {
                    sizes.add(end - start);
                }
                start = end;
            }
            return sizes.stream().mapToInt(Integer::intValue).toArray();
        }

        double loss(int[] tops) {
            double loss = 0;
            for (int i = 0; i < levels.length; i++) {
                loss += levels[i] / (double) tops[i];
            }
            return loss;
        }

        int compareTo(Evaluation other, int[] tops) {
            return Comparator.<Evaluation>comparingDouble(e -> e.loss(tops)).thenComparingInt(Evaluation::suppressed)
                    .thenComparing(Evaluation::levels, Arrays::compare).compare(this, other);
        }

        private int lowerBound(long key) {
            int low = 0;
            int high = sortedKeys.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (sortedKeys[middle] < key) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }

        private int upperBound(long key) {
            int low = 0;
            int high = sortedKeys.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (sortedKeys[middle] <= key) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }

    /**
     * The people of the dataset with their quasi-identifier values at every level, worked out once:
     * a unit is one person with one combination of values, so that a class counts people.
     */
    private static final class Generalised {

        private final List<String[]> records;
        private final List<QuasiIdentifier> quasiIdentifiers;
        private final int[] unitOfRecord;
        private final List<String[][]> unitPaths = new ArrayList<>();
        /** For each quasi-identifier and level, a number for each value, so that class keys are numbers, not text. */
        private final List<List<Map<String, Integer>>> valueNumbers = new ArrayList<>();
        private final int people;

        Generalised(List<String[]> records, List<QuasiIdentifier> quasiIdentifiers, int personColumn) {
            this.records = records;
            this.quasiIdentifiers = quasiIdentifiers;
            this.unitOfRecord = new int[records.size()];
            List<Map<String, String[]>> pathCache = new ArrayList<>();
            quasiIdentifiers.forEach(q -> pathCache.add(new HashMap<>()));
            Map<String, Integer> units = new HashMap<>();
            Set<String> persons = new HashSet<>();
            for (int r = 0; r < records.size(); r++) {
                String[] record = records.get(r);
                String person = personColumn < 0 ? Integer.toString(r) : record[personColumn];
                persons.add(person);
                StringBuilder identity = new StringBuilder(person);
                quasiIdentifiers.forEach(q -> identity.append('\u0000').append(record[q.column()]));
                unitOfRecord[r] = units.computeIfAbsent(identity.toString(), id -> {
                    String[][] paths = new String[quasiIdentifiers.size()][];
                    for (int q = 0; q < quasiIdentifiers.size(); q++) {
                        QuasiIdentifier quasi = quasiIdentifiers.get(q);
                        paths[q] = pathCache.get(q).computeIfAbsent(record[quasi.column()], value -> {
                            String[] path = new String[quasi.hierarchy().levels() + 1];
                            Arrays.setAll(path, level -> quasi.hierarchy().generalise(value, level));
                            return path;
                        });
                    }
                    unitPaths.add(paths);
                    return unitPaths.size() - 1;
                });
            }
            people = persons.size();
            for (QuasiIdentifier quasi : quasiIdentifiers) {
                List<Map<String, Integer>> byLevel = new ArrayList<>();
                for (int level = 0; level <= quasi.hierarchy().levels(); level++) {
                    byLevel.add(new HashMap<>());
                }
                valueNumbers.add(byLevel);
            }
            for (String[][] paths : unitPaths) {
                for (int q = 0; q < paths.length; q++) {
                    for (int level = 0; level < paths[q].length; level++) {
                        Map<String, Integer> numbers = valueNumbers.get(q).get(level);
                        numbers.putIfAbsent(paths[q][level], numbers.size());
                    }
                }
            }
        }

        Evaluation evaluate(int[] levels, int k) {
            long[] unitKeys = new long[unitPaths.size()];
            for (int unit = 0; unit < unitKeys.length; unit++) {
                unitKeys[unit] = key(unit, levels);
            }
            long[] sortedKeys = unitKeys.clone();
            Arrays.sort(sortedKeys);
            Evaluation counted = new Evaluation(levels, unitKeys, sortedKeys, 0);
            int suppressed = 0;
            for (int unitOf : unitOfRecord) {
                if (counted.size(unitKeys[unitOf]) < k) {
                    suppressed++;
                }
            }
            return new Evaluation(levels, unitKeys, sortedKeys, suppressed);
        }

        Result result(Evaluation chosen, int k, double maxSuppressedShare, int[] tops) {
            List<String[]> kept = new ArrayList<>();
            for (int r = 0; r < records.size(); r++) {
                String[][] paths = unitPaths.get(unitOfRecord[r]);
                if (chosen.size(chosen.unitKeys()[unitOfRecord[r]]) >= k) {
                    String[] record = records.get(r).clone();
                    for (int q = 0; q < quasiIdentifiers.size(); q++) {
                        record[quasiIdentifiers.get(q).column()] = paths[q][chosen.levels()[q]];
                    }
                    kept.add(record);
                }
            }
            Map<String, Integer> levels = new LinkedHashMap<>();
            Map<String, Integer> topLevels = new LinkedHashMap<>();
            for (int q = 0; q < quasiIdentifiers.size(); q++) {
                levels.put(quasiIdentifiers.get(q).name(), chosen.levels()[q]);
                topLevels.put(quasiIdentifiers.get(q).name(), tops[q]);
            }
            int[] keptSizes = chosen.sizesOfAtLeast(k);
            return new Result(kept, new DisclosureReport(k, maxSuppressedShare, levels, topLevels, records.size(), chosen.suppressed(),
                    keptSizes.length, Arrays.stream(keptSizes).min().orElse(0)));
        }

        /** The unit's class as one number: its values' numbers in mixed radix. */
        private long key(int unit, int[] levels) {
            String[][] paths = unitPaths.get(unit);
            long key = 0;
            for (int q = 0; q < levels.length; q++) {
                Map<String, Integer> numbers = valueNumbers.get(q).get(levels[q]);
                key = Math.addExact(Math.multiplyExact(key, numbers.size()), numbers.get(paths[q][levels[q]]));
            }
            return key;
        }
    }
}
