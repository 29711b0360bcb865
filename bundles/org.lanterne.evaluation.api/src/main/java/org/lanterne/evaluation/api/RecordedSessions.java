package org.lanterne.evaluation.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Sessions that a capability of this installation records (the clinicians' session records),
 * counted. The indicators show them beside the cohort of the evaluation data, as the work of the
 * installation itself; nothing but these counts reaches the evaluation capability: no client, no
 * clinician, no note.
 */
@ConsumerType
public interface RecordedSessions {

    /** @return how many sessions were recorded, by programme, month and attendance; no count is 0 */
    List<SessionCount> counts();
}
