package org.lanterne.notes.ui.internal;

import java.util.function.BooleanSupplier;

/**
 * Saves a draft a little while after its author stops typing: every change starts the wait again,
 * so a burst of keystrokes costs one save. {@link #flush()} saves at once what is still unsaved (when
 * the editor switches to another session or closes). A save that fails leaves the draft pending, so
 * the next change or flush tries again. Used on one thread, the UI thread.
 */
final class Autosave {

    /** Runs an action once after a delay; in the workbench, {@code Display.timerExec}. */
    @FunctionalInterface
    interface Timer {
        void after(int millis, Runnable action);
    }

    private final Timer timer;
    private final int delayMillis;
    private final BooleanSupplier save;
    private long changes;
    private boolean pending;

    /**
     * @param delayMillis how long after the last change the draft is saved
     * @param save        saves the draft; answers whether it was saved
     */
    Autosave(Timer timer, int delayMillis, BooleanSupplier save) {
        if (delayMillis <= 0) {
            throw new IllegalArgumentException("The autosave delay must be positive, not " + delayMillis + " ms.");
        }
        this.timer = timer;
        this.delayMillis = delayMillis;
        this.save = save;
    }

    /** The draft changed: saves it once no other change has come for the delay. */
    void changed() {
        pending = true;
        long change = ++changes;
        timer.after(delayMillis, () -> {
            if (change == changes) {
                flush();
            }
        });
    }

    /** Saves now what is unsaved, if anything; answers whether nothing is left unsaved. */
    boolean flush() {
        if (pending) {
            pending = !save.getAsBoolean();
        }
        return !pending;
    }

    /** Forgets unsaved changes, when the editor shows another note whose text was saved or refused. */
    void discard() {
        pending = false;
        changes++;
    }

    /** @return whether a change has not been saved yet */
    boolean pending() {
        return pending;
    }
}
