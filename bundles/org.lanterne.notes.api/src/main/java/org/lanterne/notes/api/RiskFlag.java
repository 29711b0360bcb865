package org.lanterne.notes.api;

import java.time.Instant;
import java.util.Optional;

/**
 * A risk that needs someone's attention, raised on a case and shown to the supervisors until it
 * is resolved.
 *
 * @param id         the flag's identifier
 * @param caseId     the case
 * @param kind       what kind of risk
 * @param raisedBy   who raised it
 * @param raisedAt   when
 * @param resolvedBy who resolved it, empty while it is open
 * @param resolvedAt when it was resolved, empty while it is open
 */
public record RiskFlag(String id, String caseId, RiskFlagKind kind, String raisedBy, Instant raisedAt, Optional<String> resolvedBy,
        Optional<Instant> resolvedAt) {

    /** @return whether the flag still needs attention */
    public boolean open() {
        return resolvedAt.isEmpty();
    }
}
