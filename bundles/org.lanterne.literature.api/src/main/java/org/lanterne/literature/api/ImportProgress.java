package org.lanterne.literature.api;

/**
 * How far an import job has got.
 *
 * @param done  files processed so far
 * @param total files to process (known once the given folders have been listed)
 */
public record ImportProgress(int done, int total) {

    /** @return the fraction done, from 0 to 1 */
    public double fraction() {
        return total == 0 ? 0 : (double) done / total;
    }
}
