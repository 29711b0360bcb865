package org.lanterne.notes.api;

import java.time.LocalDate;
import java.util.List;

import org.lanterne.identity.api.Session;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Clients and who works with them. A clinician sees the cases they hold and those shared with
 * them; a supervisor sees every case of the team (the installation). Every call is checked
 * against the permission matrix and audited.
 *
 * @throws org.lanterne.identity.api.SessionExpiredException if the session is not live
 * @throws org.lanterne.identity.api.AccessDeniedException   if the role or the case does not allow it
 * @throws java.util.NoSuchElementException                  if there is no such case
 * @throws IllegalArgumentException                          if an argument is missing or malformed
 */
@ProviderType
public interface Caseload {

    /**
     * Opens a case held by the signed-in clinician.
     *
     * @param clientCode a well-formed pseudonymous code
     * @param alias      a display name for this installation only, at most 80 characters
     */
    CaseFile open(Session session, String clientCode, String alias, String programme, LocalDate startedOn);

    /** @return the cases the user may see, with their last and next sessions, latest band and open flags */
    List<CaseSummary> cases(Session session);

    CaseFile get(Session session, String caseId);

    /** Lets another clinician work on the case too; the holder or a supervisor may share. */
    CaseFile share(Session session, String caseId, String clinician);

    /** Hands the case to another clinician, who becomes its holder; the holder or a supervisor may transfer. */
    CaseFile transfer(Session session, String caseId, String clinician);

    /** Raises a flag on the case, which every supervisor sees among their alerts until it is resolved. */
    RiskFlag raise(Session session, String caseId, RiskFlagKind kind);

    /** Resolves an open flag; a supervisor may, and the clinician who raised it. */
    RiskFlag resolve(Session session, String flagId);

    /** @return for a supervisor, every open flag of the team; for a clinician, the open flags of their cases */
    List<RiskFlag> alerts(Session session);

    /** @return the case's sessions, assessments and flags in order of day, with the attendance rate */
    Timeline timeline(Session session, String caseId);
}
