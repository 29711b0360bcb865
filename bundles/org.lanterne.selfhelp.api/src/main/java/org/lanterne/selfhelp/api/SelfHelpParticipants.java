package org.lanterne.selfhelp.api;

import java.util.Map;
import java.util.Optional;

import org.lanterne.instruments.api.InvalidAnswersException;
import org.lanterne.instruments.api.ScoreResult;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Anonymous participants of self-help programmes. A participant has no account: they enrol, get a
 * resume code (shown once; only hashes of it are stored) and an optional passphrase, and come back
 * with them on any device. Participant sessions live in memory, apart from staff sessions, and
 * expire after a time without use and in any case after a maximum time.
 * <p>
 * Every method that takes a {@link ParticipantSession} looks it up by its token and throws
 * {@link ParticipantSessionExpiredException} when it is not valid. Nothing here logs a code, a
 * passphrase or an answer; the audit trail names enrolments by a random id, never by the code.
 * Passphrase arrays are overwritten before the methods return.
 */
@ProviderType
public interface SelfHelpParticipants {

    /**
     * @param programme  the programme's id
     * @param language   one of the programme's languages
     * @param consent    whether the participant accepted the consent; nothing is stored without it
     * @param profile    the optional profile, each value from the programme's lists
     * @param passphrase an optional passphrase (empty or {@code null} for none), at most 256 characters
     * @return the resume code and a session
     * @throws SelfHelpRefusedException for an unknown programme, without consent, with a language or
     *                                   profile value not offered, or with a passphrase too long
     */
    Enrolment enrol(String programme, String language, boolean consent, Profile profile, char[] passphrase);

    /**
     * @param resumeCode the code as typed, in any case, with or without dashes
     * @param passphrase the passphrase, or {@code null} or empty when the enrolment has none
     * @return a new session
     * @throws SelfHelpRefusedException if the code is not shaped like a resume code
     * @throws ResumeRefusedException   if the code is unknown or the passphrase wrong, the same for both
     */
    ParticipantSession resume(String resumeCode, char[] passphrase);

    /** @return the session with this token and its new expiry, or empty; counts as activity */
    Optional<ParticipantSession> validate(String token);

    /** Ends a session; does nothing if it already ended. */
    void signOut(ParticipantSession session);

    /** @return the participant's progress */
    Progress progress(ParticipantSession session);

    /**
     * @param module   the module's id
     * @param language the language to show it in; the enrolment's language when not offered
     * @return the module's pages and exercises as HTML
     * @throws SelfHelpRefusedException if the programme has no such module
     */
    ModuleContent module(ParticipantSession session, String module, String language);

    /**
     * Marks a module done today; marking it again keeps the first day.
     *
     * @throws SelfHelpRefusedException if the programme has no such module
     */
    void moduleDone(ParticipantSession session, String module);

    /**
     * Scores and keeps the answers to a questionnaire; answering again replaces the earlier answers.
     *
     * @return the result
     * @throws SelfHelpRefusedException if the programme has no such questionnaire or its instrument is withdrawn
     * @throws InvalidAnswersException  if the answers cannot be scored; nothing is kept
     */
    ScoreResult answer(ParticipantSession session, String questionnaire, Map<String, Object> answers);

    /**
     * Lets one clinician read this participant's progress (never their answers' text beyond scores).
     *
     * @param clinician the clinician's user name, as the clinician gave it to the participant
     * @throws SelfHelpRefusedException if the name is not a valid user name
     */
    void share(ParticipantSession session, String clinician);

    /**
     * Erases every record of the participant, in one transaction, and ends the session. The audit
     * trail records that an erasure happened, without the code or the enrolment's id.
     */
    void withdraw(ParticipantSession session);
}
