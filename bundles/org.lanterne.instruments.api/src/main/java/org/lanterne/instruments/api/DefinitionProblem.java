package org.lanterne.instruments.api;

/**
 * One rule a definition breaks.
 *
 * @param file    where the definition came from (a file name or {@code built-in:<name>})
 * @param path    where in it: a JSON path such as {@code $.items[3].scoring}, or {@code line 12, column 5}
 * @param rule    the rule's identifier, for example {@code bands-overlap}
 * @param message an English explanation
 */
public record DefinitionProblem(String file, String path, String rule, String message) {

    @Override
    public String toString() {
        return file + " " + path + " [" + rule + "]: " + message;
    }
}
