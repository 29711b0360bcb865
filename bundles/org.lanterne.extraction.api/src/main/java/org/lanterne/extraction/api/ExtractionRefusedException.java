package org.lanterne.extraction.api;

/** A document whose text cannot be extracted, with the reason in words for people. */
public class ExtractionRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExtractionRefusedException(String reason) {
        super(reason, null, false, false);
    }
}
