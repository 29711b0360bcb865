package org.lanterne.notes.provider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;
import org.lanterne.notes.api.NoteHit;
import org.lanterne.notes.api.NoteSearch;
import org.lanterne.notes.provider.jpa.entities.CaseEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Searches the in-memory {@link NoteIndex} within the cases the user may read. */
@Component
public class JpaNoteSearch implements NoteSearch {

    private static final int MAX_QUERY = 500;
    private static final int MAX_HITS = 200;

    private final NotesDatabase database;
    private final CaseGuard guard;
    private final NoteIndex index;

    @Activate
    public JpaNoteSearch(@Reference NotesDatabase database, @Reference CaseGuard guard, @Reference NoteIndex index) {
        this.database = database;
        this.guard = guard;
        this.index = index;
    }

    @Override
    public List<NoteHit> search(Session session, String query, int max) {
        // the words searched for are never audited: they may name people
        return guard.read(session, "note-search", "note", null, actor -> {
            Session live = guard.allowed(session, Action.READ, DataClass.CLINICAL_NOTE);
            if (query == null || query.isBlank() || query.length() > MAX_QUERY) {
                throw new IllegalArgumentException("Search with 1 to " + MAX_QUERY + " characters.");
            }
            if (max < 1 || max > MAX_HITS) {
                throw new IllegalArgumentException("Ask for 1 to " + MAX_HITS + " hits.");
            }
            List<String> readable = live.roles().contains(Role.SUPERVISOR) ? null
                    : database.inTransaction(tables -> tables.cases(live.user()).stream().map(CaseEntity::id).toList());
            try {
                return index.search(query, readable, max);
            } catch (IOException e) {
                throw new UncheckedIOException("The note index cannot be searched.", e);
            }
        });
    }
}
