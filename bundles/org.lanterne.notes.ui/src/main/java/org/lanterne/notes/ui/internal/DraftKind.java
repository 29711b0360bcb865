package org.lanterne.notes.ui.internal;

import org.lanterne.notes.api.Note;

/**
 * What the note editor saves as its user types: the session's note while it is the user's draft
 * (or not started), the user's amendment once they amend the signed note, or nothing when the
 * text shown is only to be read.
 */
enum DraftKind {
    NOTE, AMENDMENT, NONE;

    /**
     * @param note     the session's note, {@code null} before its first save
     * @param user     the signed-in user
     * @param writes   whether the user's role writes notes
     * @param amending whether the user pressed Amend on the signed note
     */
    static DraftKind of(Note note, String user, boolean writes, boolean amending) {
        if (!writes) {
            return NONE;
        }
        if (note == null) {
            return NOTE;
        }
        if (note.signed()) {
            return amending ? AMENDMENT : NONE;
        }
        return note.author().equals(user) ? NOTE : NONE;
    }
}
