package org.lanterne.literature.api;

/** A reference list that cannot be read at all; nothing of it was imported. */
public class ReferenceFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    /**
     * @param message what is wrong, in English, starting with the line ("line 12: ...")
     * @param line    the one-based line of the problem
     */
    public ReferenceFormatException(String message, int line) {
        super(message);
        this.line = line;
    }

    /** @return the one-based line of the problem in the list */
    public int line() {
        return line;
    }
}
