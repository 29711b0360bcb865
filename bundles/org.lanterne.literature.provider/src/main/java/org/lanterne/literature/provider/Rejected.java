package org.lanterne.literature.provider;

/** A file that cannot be imported; the message is the reason shown in the import report. */
final class Rejected extends Exception {

    private static final long serialVersionUID = 1L;

    Rejected(String reason) {
        super(reason, null, false, false);
    }
}
