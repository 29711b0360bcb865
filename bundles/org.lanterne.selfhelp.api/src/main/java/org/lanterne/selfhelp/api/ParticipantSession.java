package org.lanterne.selfhelp.api;

import java.time.Instant;

/**
 * A participant working through their programme, apart from staff sessions. The token is the only
 * thing the participant's browser keeps: it is sent in a header, never in an address, and never logged.
 *
 * @param token     256 random bits, URL-safe Base64 without padding
 * @param programme the id of the programme the participant follows
 * @param language  the language they chose at enrolment
 * @param expires   when the session ends unless it is used again before
 */
public record ParticipantSession(String token, String programme, String language, Instant expires) {

    /** @return the session without its token, so that it can be logged */
    @Override
    public String toString() {
        return "ParticipantSession[programme=" + programme + ", language=" + language + ", expires=" + expires + "]";
    }
}
