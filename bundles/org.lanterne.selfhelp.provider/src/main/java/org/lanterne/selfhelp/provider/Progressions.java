package org.lanterne.selfhelp.provider;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lanterne.selfhelp.api.ModuleProgress;
import org.lanterne.selfhelp.api.Programme;
import org.lanterne.selfhelp.api.Progress;
import org.lanterne.selfhelp.api.Questionnaire;
import org.lanterne.selfhelp.api.QuestionnaireStatus;

/** Where a participant stands, from the modules they marked done and the questionnaires they answered. */
final class Progressions {

    private Progressions() {
    }

    /**
     * @param doneOn   the day each module was marked done, by module id
     * @param answered the ids of the questionnaires answered
     */
    static Progress of(Programme programme, String language, LocalDate enrolledOn, Map<String, LocalDate> doneOn, Set<String> answered) {
        List<ModuleProgress> modules = programme.modules().stream().map(m -> new ModuleProgress(m.id(), doneOn.get(m.id()))).toList();
        boolean allDone = modules.stream().allMatch(ModuleProgress::done);
        List<QuestionnaireStatus> questionnaires = programme.questionnaires().stream().map(q -> {
            boolean done = answered.contains(q.id());
            return new QuestionnaireStatus(q.id(), q.instrument(), q.when(), !done && open(q, doneOn, allDone), done);
        }).toList();
        double share = modules.isEmpty() ? 0 : (double) modules.stream().filter(ModuleProgress::done).count() / modules.size();
        return new Progress(programme.id(), language, enrolledOn, modules, questionnaires, share);
    }

    /** @return whether the questionnaire's moment has come */
    private static boolean open(Questionnaire questionnaire, Map<String, LocalDate> doneOn, boolean allDone) {
        String when = questionnaire.when();
        if (when.startsWith(Questionnaire.AFTER_MODULE)) {
            return doneOn.containsKey(when.substring(Questionnaire.AFTER_MODULE.length()));
        }
        return Questionnaire.BASELINE.equals(when) || allDone;
    }
}
