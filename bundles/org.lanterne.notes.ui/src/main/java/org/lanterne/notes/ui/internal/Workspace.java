package org.lanterne.notes.ui.internal;

import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Session;
import org.lanterne.notes.api.Caseload;
import org.lanterne.notes.api.NoteSearch;
import org.lanterne.notes.api.NoteTemplates;
import org.lanterne.notes.api.SessionNotes;

/**
 * What the Caseload part's tabs share: the services and the signed-in user as the part was last
 * given them, the texts, and one way of calling a service that tells the user why it refused.
 * Used on the UI thread only.
 */
final class Workspace {

    private static final System.Logger LOG = System.getLogger(Workspace.class.getName());

    final NotesMessages messages;
    final Locale locale;
    final Display display;
    private final Runnable relayout;
    AccessPolicy policy;
    Session session;
    Caseload caseload;
    SessionNotes notes;
    NoteTemplates templates;
    NoteSearch search;

    /** @param relayout lays the part out again once a tab's content changed size */
    Workspace(NotesMessages messages, Locale locale, Display display, Runnable relayout) {
        this.messages = messages;
        this.locale = locale;
        this.display = display;
        this.relayout = relayout;
    }

    /** Lays the part out again, after a tab showed or hid something. */
    void relayout() {
        relayout.run();
    }

    /** @return whether every service is there and the user may read notes */
    boolean ready() {
        return caseload != null && notes != null && templates != null && NotesAccess.readsNotes(policy, session);
    }

    boolean writes() {
        return NotesAccess.writesNotes(policy, session);
    }

    /**
     * Calls a service with the busy cursor; a refusal or failure is said on {@code message} and
     * leaves what the user typed alone.
     *
     * @return what the service answered, empty if it refused or failed
     */
    <T> Optional<T> call(Label message, Supplier<T> work) {
        Object[] answer = new Object[1];
        RuntimeException[] failed = new RuntimeException[1];
        BusyIndicator.showWhile(display, () -> {
            try {
                answer[0] = work.get();
            } catch (RuntimeException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            Widgets.say(message, problem(failed[0]), true);
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        T answered = (T) answer[0];
        return Optional.ofNullable(answered);
    }

    /** @return why a call failed, in plain words; an unexpected failure is logged (the services never put note text in one) */
    String problem(RuntimeException failure) {
        String refusal = NotesTexts.refusal(messages, failure);
        if (refusal == null) {
            LOG.log(Level.WARNING, "A call of the notes services failed", failure);
            return messages.notes_failed;
        }
        return refusal;
    }
}
