package org.lanterne.store.api;

/** The database cannot be opened or reached; the message says why, without secrets. */
public class StoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
