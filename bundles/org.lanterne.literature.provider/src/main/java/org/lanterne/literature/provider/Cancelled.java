package org.lanterne.literature.provider;

/** The import job was cancelled while a file was being extracted. */
final class Cancelled extends Exception {

    private static final long serialVersionUID = 1L;

    Cancelled() {
        super("cancelled", null, false, false);
    }
}
