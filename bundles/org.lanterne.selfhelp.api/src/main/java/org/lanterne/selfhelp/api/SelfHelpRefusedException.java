package org.lanterne.selfhelp.api;

import java.util.List;
import java.util.Locale;

/**
 * A participant's request that cannot be done, nothing having been stored: a stable {@link Reason}
 * that clients show in the participant's own language, the values the explanation names, and an
 * English message. Neither ever holds a code, a passphrase or an answer.
 */
public class SelfHelpRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why; {@link #key()} is the stable name clients know it by. */
    public enum Reason {
        /** Details: the programme id asked for. */
        UNKNOWN_PROGRAMME,
        /** The programme of the participant's enrolment is withdrawn. */
        PROGRAMME_UNAVAILABLE,
        /** Details: the module id asked for. */
        UNKNOWN_MODULE,
        /** Details: the questionnaire id asked for. */
        UNKNOWN_QUESTIONNAIRE,
        /** The questionnaire's instrument is withdrawn. */
        QUESTIONNAIRE_UNAVAILABLE,
        CONSENT_REQUIRED,
        /** Details: the languages offered, comma-separated. */
        LANGUAGE_NOT_OFFERED,
        /** Details: the profile field, then the values offered, comma-separated. */
        VALUE_NOT_OFFERED,
        /** Details: the longest passphrase allowed. */
        PASSPHRASE_TOO_LONG,
        CODE_MALFORMED,
        CLINICIAN_NAME,
        ANSWERS_NOT_STORABLE;

        /** @return the reason's stable name, {@code consent-required} */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** @return whether the request names something that does not exist (rather than a value that cannot be used) */
        public boolean notFound() {
            return this == UNKNOWN_PROGRAMME || this == PROGRAMME_UNAVAILABLE || this == UNKNOWN_MODULE || this == UNKNOWN_QUESTIONNAIRE
                    || this == QUESTIONNAIRE_UNAVAILABLE;
        }
    }

    private final Reason reason;
    private final List<String> details;

    public SelfHelpRefusedException(Reason reason, String message, String... details) {
        super(message, null, false, false);
        this.reason = reason;
        this.details = List.of(details);
    }

    public Reason reason() {
        return reason;
    }

    /** @return the values the explanation names, in the order {@link Reason} documents */
    public List<String> details() {
        return details;
    }
}
