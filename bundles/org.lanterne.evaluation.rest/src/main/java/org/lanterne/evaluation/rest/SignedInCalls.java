package org.lanterne.evaluation.rest;

import java.io.IOException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lanterne.evaluation.api.ExportRefusedException;
import org.lanterne.identity.api.SessionService;
import org.lanterne.server.rest.staff.StaffRequests;

/** Runs a request for the session of its bearer token, as every staff endpoint does, and answers a refused export with 422. */
final class SignedInCalls {

    static final int UNPROCESSABLE = 422;

    private SignedInCalls() {
    }

    static void run(SessionService sessions, HttpServletRequest request, HttpServletResponse response, StaffRequests.Call call) throws IOException {
        StaffRequests.signedIn(request, response, sessions, "Your roles do not allow this on evaluation data.", session -> {
            try {
                call.run(session);
            } catch (ExportRefusedException e) {
                error(response, UNPROCESSABLE, e.getMessage());
            }
        });
    }

    static void error(HttpServletResponse response, int status, String message) throws IOException {
        StaffRequests.error(response, status, message);
    }
}
