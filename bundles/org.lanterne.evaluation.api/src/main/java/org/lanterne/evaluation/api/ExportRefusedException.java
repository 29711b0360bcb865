package org.lanterne.evaluation.api;

/**
 * A well-formed export order that cannot be carried out on the data: an unknown programme, a
 * period without anybody, a variable set the programme has no data for, a k the data cannot reach.
 * The message says which, without any value of the data.
 */
public class ExportRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExportRefusedException(String message) {
        super(message);
    }
}
