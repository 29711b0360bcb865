package org.lanterne.literature.ui.internal;

import java.util.List;
import java.util.Optional;

import org.lanterne.literature.api.Decision;
import org.lanterne.literature.api.ScreeningDecision;

/**
 * What the reviewer asks to record: a decision and, to exclude, the reason chosen from the list or
 * typed. The form checks it before anything is sent, so a refused exclusion loses nothing typed.
 *
 * @param decision include, exclude or maybe
 * @param reason   the reason to send: a reason of {@link ScreeningDecision#EXCLUSION_REASONS} as the
 *                 library spells it, or the reviewer's words; empty unless excluding
 */
record Verdict(Decision decision, Optional<String> reason) {

    /** The library's limit on a reason's length. */
    static final int MAX_REASON = 200;

    /** Why the form cannot record the verdict. */
    enum Problem {
        REASON_MISSING, REASON_TOO_LONG
    }

    /**
     * @param typed the text of the reason box: a listed reason's name as shown, or the reviewer's words
     * @param shown the names of {@link ScreeningDecision#EXCLUSION_REASONS} as the box shows them, in their order
     * @return the reason to send with an exclusion: the library's spelling of a listed reason, else the typed words
     */
    static Optional<String> reason(String typed, List<String> shown) {
        String words = typed == null ? "" : typed.strip();
        int listed = shown.indexOf(words);
        if (listed >= 0 && listed < ScreeningDecision.EXCLUSION_REASONS.size()) {
            return Optional.of(ScreeningDecision.EXCLUSION_REASONS.get(listed));
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(words);
    }

    /** @return what keeps the verdict from being recorded, if anything */
    static Optional<Problem> check(Decision decision, Optional<String> reason) {
        if (decision != Decision.EXCLUDE) {
            return Optional.empty();
        }
        if (reason.isEmpty()) {
            return Optional.of(Problem.REASON_MISSING);
        }
        return reason.get().length() > MAX_REASON ? Optional.of(Problem.REASON_TOO_LONG) : Optional.empty();
    }

    /** @return the verdict to send: a reason only with an exclusion */
    static Verdict of(Decision decision, Optional<String> reason) {
        return new Verdict(decision, decision == Decision.EXCLUDE ? reason : Optional.empty());
    }
}
