package org.lanterne.notes.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lanterne.notes.api.Note;

/** The editor saves the note's draft until it is signed, then only an amendment its user is writing. */
class DraftKindTest {

    private static final Instant SAVED = Instant.parse("2026-03-02T10:15:00Z");

    private static Note note(String author, boolean signed) {
        return new Note("n1", "s1", "session-note", author, Map.of("presentation", "Calm."), SAVED,
                signed ? Optional.of(SAVED.plusSeconds(60)) : Optional.empty(), List.of());
    }

    @Test
    void aNoteNotYetStartedOrTheUsersOwnDraftIsSavedAsTheNote() {
        assertEquals(DraftKind.NOTE, DraftKind.of(null, "clinician-a", true, false));
        assertEquals(DraftKind.NOTE, DraftKind.of(note("clinician-a", false), "clinician-a", true, false));
    }

    @Test
    void aSignedNoteIsSavedOnlyAsTheAmendmentBeingWritten() {
        assertEquals(DraftKind.NONE, DraftKind.of(note("clinician-a", true), "clinician-a", true, false), "read-only until Amend");
        assertEquals(DraftKind.AMENDMENT, DraftKind.of(note("clinician-a", true), "clinician-a", true, true));
        assertEquals(DraftKind.AMENDMENT, DraftKind.of(note("clinician-a", true), "clinician-b", true, true),
                "a colleague on the case amends too, with a draft of their own");
    }

    @Test
    void nothingIsSavedOfAColleaguesDraftOrByARoleThatDoesNotWrite() {
        assertEquals(DraftKind.NONE, DraftKind.of(note("clinician-a", false), "clinician-b", true, false));
        assertEquals(DraftKind.NONE, DraftKind.of(null, "supervisor", false, false));
        assertEquals(DraftKind.NONE, DraftKind.of(note("clinician-a", true), "supervisor", false, true));
    }
}
