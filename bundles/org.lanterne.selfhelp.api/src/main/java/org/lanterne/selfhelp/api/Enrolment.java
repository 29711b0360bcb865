package org.lanterne.selfhelp.api;

/**
 * A new enrolment: the resume code, shown to the participant once and never stored in clear, and
 * the session opened with it.
 *
 * @param resumeCode five groups of four characters, for example {@code 7QM2-9KXD-C4TB-H1ZR-8PWA}
 * @param session    the participant's first session
 */
public record Enrolment(String resumeCode, ParticipantSession session) {

    /** @return the enrolment without its code, so that it can be logged */
    @Override
    public String toString() {
        return "Enrolment[" + session + "]";
    }
}
