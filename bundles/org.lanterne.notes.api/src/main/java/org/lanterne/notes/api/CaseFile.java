package org.lanterne.notes.api;

import java.time.LocalDate;
import java.util.Set;

/**
 * A client in a clinician's caseload.
 *
 * @param id         the case's identifier
 * @param clientCode the client's pseudonymous code, in its written form
 * @param alias      a display name the clinician chose, for this installation only: never exported
 * @param programme  the programme the client follows
 * @param startedOn  the first day of the programme
 * @param clinician  the account that holds the case
 * @param sharedWith the other clinicians who may work on the case
 */
public record CaseFile(String id, String clientCode, String alias, String programme, LocalDate startedOn, String clinician,
        Set<String> sharedWith) {

    public CaseFile {
        sharedWith = Set.copyOf(sharedWith);
    }

    /** @return the case without its alias, so that it can be logged */
    @Override
    public String toString() {
        return "CaseFile[id=" + id + ", programme=" + programme + ", clinician=" + clinician + "]";
    }
}
