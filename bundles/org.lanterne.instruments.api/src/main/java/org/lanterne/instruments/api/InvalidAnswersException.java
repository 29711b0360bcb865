package org.lanterne.instruments.api;

/** Answers could not be recorded because they could not be scored; the result holds why. */
public class InvalidAnswersException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ScoreResult result;

    /** @param result the scoring result, with its errors */
    public InvalidAnswersException(ScoreResult result) {
        super("The answers cannot be scored: " + result.errors().size() + " error(s).");
        this.result = result;
    }

    /** @return the scoring result, with its errors */
    public ScoreResult result() {
        return result;
    }
}
