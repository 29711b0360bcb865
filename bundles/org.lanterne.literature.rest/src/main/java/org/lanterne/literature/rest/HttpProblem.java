package org.lanterne.literature.rest;

/** A request that ends with an error status and a message for the client. */
final class HttpProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    HttpProblem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
