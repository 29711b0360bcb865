package org.lanterne.notes.provider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.lanterne.notes.api.NoteHit;
import org.lanterne.notes.provider.jpa.entities.AmendmentEntity;
import org.lanterne.notes.provider.jpa.entities.NoteEntity;
import org.lanterne.notes.provider.jpa.entities.SessionEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The notes' search index, in memory only ({@link NoteTextIndex}), built from the sealed notes at
 * the first search after start and kept current as notes are saved. Nothing of it is ever written
 * to disk, so note text stays encrypted at rest; the price is a rebuild after each start (its cost
 * is in docs/notes.md). A service of this bundle only.
 */
@Component(service = NoteIndex.class, immediate = true) // a delayed component would lose the index whenever its last user lets go
public class NoteIndex {

    private static final int PAGE = 2_000;

    private final NotesDatabase database;
    private final SealedColumns sealed;
    private final NoteTextIndex index;
    private boolean built;

    @Activate
    public NoteIndex(@Reference NotesDatabase database, @Reference SealedColumns sealed) {
        this.database = database;
        this.sealed = sealed;
        try {
            this.index = new NoteTextIndex();
        } catch (IOException e) {
            throw new UncheckedIOException("The in-memory note index cannot be opened.", e);
        }
    }

    @Deactivate
    void close() throws IOException {
        index.close();
    }

    /** Indexes a note's current text or an attachment's text once it is stored, if the index is built; otherwise the build will read it. */
    synchronized void put(NoteTextIndex.Entry entry) {
        if (!built) {
            return;
        }
        try {
            index.put(entry);
        } catch (IOException e) {
            built = false; // read everything again at the next search
        }
    }

    /** @param caseIds the cases whose notes may be found, or {@code null} for every case */
    List<NoteHit> search(String query, Collection<String> caseIds, int max) throws IOException {
        ensureBuilt();
        return index.search(query, caseIds, max);
    }

    private synchronized void ensureBuilt() throws IOException {
        if (built) {
            return;
        }
        index.clear();
        for (int first = 0;; first += PAGE) {
            int from = first;
            List<NoteTextIndex.Entry> page = database.inTransaction(tables -> {
                List<Object[]> rows = tables.notesWithSessions(from, PAGE);
                Map<String, List<AmendmentEntity>> amendments = tables.amendments(rows.stream().map(r -> ((NoteEntity) r[0]).id()).toList());
                return rows.stream().map(r -> {
                    NoteEntity note = (NoteEntity) r[0];
                    SessionEntity session = (SessionEntity) r[1];
                    return NoteTextIndex.Entry.of(NoteTexts.open(sealed, note, amendments.getOrDefault(note.id(), List.of())), session.caseId(),
                            session.heldOn());
                }).toList();
            });
            index.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
        }
        for (int first = 0;; first += PAGE) {
            int from = first;
            List<NoteTextIndex.Entry> page = database.inTransaction(tables -> tables.searchableAttachments(from, PAGE).stream().map(r -> {
                SessionEntity session = (SessionEntity) r[2];
                return NoteTextIndex.Entry.ofAttachment((String) r[0], session.id(), session.caseId(), session.heldOn(),
                        NoteTexts.openAttachmentText(sealed, (String) r[0], (String) r[1]));
            }).toList());
            index.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
        }
        index.publish();
        built = true;
    }
}
