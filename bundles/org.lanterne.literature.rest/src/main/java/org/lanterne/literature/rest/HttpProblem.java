package org.lanterne.literature.rest;

/** A request that ends with an error status and a message for the client. */
final class HttpProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    HttpProblem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** 404 for a record the library does not hold; an id that cannot be one is not echoed. */
    static HttpProblem noRecord(String id) {
        return new HttpProblem(404, "There is no record " + (id.matches("[\\w-]{1,64}") ? id : "with that id") + ".");
    }

    int status() {
        return status;
    }
}
