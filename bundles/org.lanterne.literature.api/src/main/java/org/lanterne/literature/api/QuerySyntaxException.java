package org.lanterne.literature.api;

/** A query that does not follow the query language. */
public class QuerySyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int position;

    /**
     * @param message  what is wrong, in English
     * @param position zero-based character position in the query where the problem was found,
     *                 or -1 if unknown
     */
    public QuerySyntaxException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** @return zero-based character position of the problem in the query, or -1 if unknown */
    public int position() {
        return position;
    }
}
