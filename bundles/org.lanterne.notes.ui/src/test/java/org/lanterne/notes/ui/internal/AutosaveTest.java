package org.lanterne.notes.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The draft is saved once its author pauses, never lost to a failed save, and flushed on demand. */
class AutosaveTest {

    private static final int DELAY = 1500;

    /** A timer whose actions run when the test says the time has come. */
    private static final class ManualTimer implements Autosave.Timer {
        final List<Runnable> due = new ArrayList<>();
        final List<Integer> delays = new ArrayList<>();

        @Override
        public void after(int millis, Runnable action) {
            delays.add(millis);
            due.add(action);
        }

        void elapse() {
            List<Runnable> now = new ArrayList<>(due);
            due.clear();
            now.forEach(Runnable::run);
        }
    }

    private final ManualTimer timer = new ManualTimer();
    private int saves;
    private boolean saveSucceeds = true;
    private final Autosave autosave = new Autosave(timer, DELAY, () -> {
        saves++;
        return saveSucceeds;
    });

    @Test
    void aBurstOfKeystrokesIsSavedOnceAfterTheLastOne() {
        autosave.changed();
        autosave.changed();
        autosave.changed();
        assertEquals(0, saves, "nothing is saved while the author types");
        assertTrue(autosave.pending());

        timer.elapse();

        assertEquals(1, saves);
        assertFalse(autosave.pending());
        assertEquals(List.of(DELAY, DELAY, DELAY), timer.delays, "every keystroke starts the wait again");
    }

    @Test
    void aPauseBetweenTwoBurstsSavesTwice() {
        autosave.changed();
        timer.elapse();
        autosave.changed();
        autosave.changed();
        timer.elapse();

        assertEquals(2, saves);
    }

    @Test
    void aFailedSaveKeepsTheDraftPendingAndTheNextChangeSavesItAgain() {
        saveSucceeds = false;
        autosave.changed();
        timer.elapse();
        assertEquals(1, saves);
        assertTrue(autosave.pending(), "the draft is still unsaved");

        saveSucceeds = true;
        autosave.changed();
        timer.elapse();
        assertEquals(2, saves);
        assertFalse(autosave.pending());
    }

    @Test
    void flushSavesAtOnceAndTheWaitingSaveThenHasNothingToDo() {
        autosave.changed();
        assertTrue(autosave.flush());
        assertEquals(1, saves);

        timer.elapse();
        assertEquals(1, saves, "the draft was saved already");
    }

    @Test
    void flushWithNothingUnsavedDoesNotSave() {
        assertTrue(autosave.flush());
        assertEquals(0, saves);
    }

    @Test
    void discardedChangesAreNotSaved() {
        autosave.changed();
        autosave.discard();
        timer.elapse();

        assertEquals(0, saves);
        assertFalse(autosave.pending());
    }

    @Test
    void aDelayMustBePositive() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new Autosave(timer, 0, () -> true));
        assertTrue(refused.getMessage().contains("0 ms"), refused.getMessage());
    }
}
