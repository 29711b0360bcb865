package org.lanterne.audit.api;

import java.util.OptionalLong;

/**
 * The result of walking the audit trail from its first event.
 *
 * @param intact               whether every event is present, unchanged and in place
 * @param eventsChecked        how many events were checked before the walk ended
 * @param firstBrokenSequence  the sequence number of the first event that was changed, is missing
 *                             or is out of place; empty when the trail is intact or when the break
 *                             concerns no single event
 * @param reason               in plain words, for example {@code event 42 was changed} or
 *                             {@code event 17 is missing}
 */
public record ChainVerification(boolean intact, long eventsChecked, OptionalLong firstBrokenSequence, String reason) {
}
