package org.lanterne.evaluation.api;

import java.util.List;

import org.lanterne.identity.api.Session;
import org.osgi.annotation.versioning.ProviderType;

/** Programme indicators for staff with READ on aggregates; every call is audited. */
@ProviderType
public interface EvaluationIndicators {

    /**
     * @param session the staff member's session
     * @return the programmes of the evaluation data source, sorted
     * @throws org.lanterne.identity.api.SessionExpiredException if the session is not valid
     * @throws org.lanterne.identity.api.AccessDeniedException   if the user's roles do not allow READ on aggregates
     */
    List<String> programmes(Session session);

    /**
     * @param session   the staff member's session
     * @param programme the programme's id
     * @param subgroup  how to split every table and statistic
     * @return the programme's indicators
     * @throws org.lanterne.identity.api.SessionExpiredException if the session is not valid
     * @throws org.lanterne.identity.api.AccessDeniedException   if the user's roles do not allow READ on aggregates
     * @throws java.util.NoSuchElementException                  if the data source has no such programme
     */
    IndicatorReport report(Session session, String programme, Subgroup subgroup);

    /**
     * @param session the staff member's session
     * @return per programme (sorted), the sessions that the capabilities of this installation recorded; none
     *         when no capability records sessions
     * @throws org.lanterne.identity.api.SessionExpiredException if the session is not valid
     * @throws org.lanterne.identity.api.AccessDeniedException   if the user's roles do not allow READ on aggregates
     */
    List<ProgrammeSessions> recordedSessions(Session session);
}
