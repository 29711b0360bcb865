package org.lanterne.selfhelp.api;

/** The participant session is unknown, ended or expired: the participant resumes with their code. */
public class ParticipantSessionExpiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ParticipantSessionExpiredException() {
        super("The session has ended: resume with your code.", null, false, false);
    }
}
