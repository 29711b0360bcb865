package org.lanterne.instruments.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionExpiredException;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Assessments stored against participants' pseudonymous codes, and what they show over time.
 * <p>
 * Every method checks the session's permission on {@link org.lanterne.identity.api.DataClass#ASSESSMENT}
 * data (create to record, read for the rest) and leaves an audit event, also when it refuses.
 * Audit events name the assessment or a keyed hash of the participant code, never the code itself.
 * Every method throws {@link SessionExpiredException} if the session is no longer valid and
 * {@link AccessDeniedException} if its roles do not allow the operation.
 */
@ProviderType
public interface AssessmentRecords {

    /**
     * Scores the answers and stores them with their result. The rater is the session's user.
     *
     * @param session         the clinician's session
     * @param participantCode a well-formed participant code, in any accepted written form
     * @param instrumentId    an instrument of the catalog
     * @param version         the definition's version, or {@code null} for the catalog's highest
     * @param assessedOn      the day of the assessment; not after today
     * @param answers         the answers by item id, as for {@link ScoringEngine#score}
     * @param bandProfile     a band profile of the definition, or {@code null} for its default
     * @return the stored assessment
     * @throws IllegalArgumentException if the code is not well formed or the date is in the future
     * @throws NoSuchElementException   if the catalog has no such instrument or version
     * @throws InvalidAnswersException  if the answers cannot be scored; nothing is stored
     */
    Assessment record(Session session, String participantCode, String instrumentId, String version,
            LocalDate assessedOn, Map<String, Object> answers, String bandProfile);

    /**
     * @param session         the reader's session
     * @param participantCode a well-formed participant code
     * @return all the participant's assessments, of every instrument, by date then time of recording
     * @throws IllegalArgumentException if the code is not well formed
     */
    List<Assessment> list(Session session, String participantCode);

    /**
     * @param session         the reader's session
     * @param participantCode a well-formed participant code
     * @param instrumentId    the instrument
     * @return the participant's assessments of that instrument, by date, each compared with the one before
     * @throws IllegalArgumentException if the code is not well formed
     */
    List<AssessmentChange> history(Session session, String participantCode, String instrumentId);

    /**
     * Scores a stored assessment's answers again with the definition it was recorded with, which is
     * kept with the records so that this works after the definition file has been withdrawn.
     *
     * @param session      the reader's session
     * @param assessmentId the assessment's id
     * @return the result computed now
     * @throws NoSuchElementException if there is no such assessment
     */
    ScoreResult recompute(Session session, String assessmentId);

    /**
     * @param session      the reader's session
     * @param instrumentId the instrument
     * @param raterA       a rater's user name
     * @param raterB       another rater's user name
     * @return the agreement of the two raters over the participants both assessed with the instrument
     * @throws IllegalArgumentException if the two names are the same
     */
    RaterAgreement agreement(Session session, String instrumentId, String raterA, String raterB);
}
