package org.lanterne.selfhelp.api;

/**
 * A resume code that is unknown, or a wrong passphrase: the same refusal for both, so that codes
 * cannot be probed. Repeated refusals for one code are slowed down.
 */
public class ResumeRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ResumeRefusedException() {
        super("Unknown code or wrong passphrase.", null, false, false);
    }
}
