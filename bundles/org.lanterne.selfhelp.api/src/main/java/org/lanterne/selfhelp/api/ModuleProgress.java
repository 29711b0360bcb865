package org.lanterne.selfhelp.api;

import java.time.LocalDate;

/**
 * One module of a participant's programme.
 *
 * @param module the module's id
 * @param doneOn the day the participant marked it done, or {@code null}
 */
public record ModuleProgress(String module, LocalDate doneOn) {

    /** @return whether the participant marked it done */
    public boolean done() {
        return doneOn != null;
    }
}
