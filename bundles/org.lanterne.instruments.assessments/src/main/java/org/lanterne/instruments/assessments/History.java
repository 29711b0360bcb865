package org.lanterne.instruments.assessments;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.lanterne.instruments.api.Assessment;
import org.lanterne.instruments.api.AssessmentChange;

/** A participant's assessments of one instrument, each compared with the one before. */
final class History {

    private History() {
    }

    /** @param inOrder the assessments by date, then time of recording */
    static List<AssessmentChange> of(List<Assessment> inOrder) {
        List<AssessmentChange> changes = new ArrayList<>();
        Assessment previous = null;
        for (Assessment assessment : inOrder) {
            if (previous == null) {
                changes.add(new AssessmentChange(assessment, null, null, false));
            } else {
                Integer change = assessment.total() == null || previous.total() == null ? null : assessment.total() - previous.total();
                changes.add(new AssessmentChange(assessment, change, previous.bandCode(),
                        !Objects.equals(assessment.bandCode(), previous.bandCode())));
            }
            previous = assessment;
        }
        return changes;
    }
}
