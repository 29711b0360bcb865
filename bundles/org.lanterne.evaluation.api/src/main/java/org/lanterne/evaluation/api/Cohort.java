package org.lanterne.evaluation.api;

import java.util.List;

/**
 * The tables of an evaluation cohort, as docs/datasets.md describes them.
 *
 * @param source       where it was read from, for people: a folder, or {@code demo}
 * @param participants every person
 * @param sessions     the clients' planned sessions
 * @param assessments  the results of assessments
 * @param modules      the self-help modules done
 * @param followUps    the clients' follow-up
 */
public record Cohort(String source, List<Participant> participants, List<SessionAttendance> sessions, List<CohortAssessment> assessments,
        List<ModuleCompletion> modules, List<FollowUp> followUps) {

    public Cohort {
        participants = List.copyOf(participants);
        sessions = List.copyOf(sessions);
        assessments = List.copyOf(assessments);
        modules = List.copyOf(modules);
        followUps = List.copyOf(followUps);
    }

    /** @return the programmes' ids, sorted */
    public List<String> programmes() {
        return participants.stream().map(Participant::programme).distinct().sorted().toList();
    }
}
