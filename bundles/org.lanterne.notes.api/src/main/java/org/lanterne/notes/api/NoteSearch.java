package org.lanterne.notes.api;

import java.util.List;

import org.lanterne.identity.api.Session;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Full-text search over the notes, and the text of attachments, the user may read: a clinician's own and shared cases, every
 * case for a supervisor. The index lives in memory only, built from the sealed notes once they
 * are needed, so that no note text reaches the disk in the clear. Searches are audited, never
 * with their words.
 */
@ProviderType
public interface NoteSearch {

    /**
     * @param query words, {@code "phrases"}, {@code -excluded} words, {@code prefix*} and {@code a | b};
     *              accents, case and Arabic letter variants do not matter; malformed syntax is read as plain words
     * @param max   the most hits to return, from 1 to 200
     * @return the best hits first
     * @throws org.lanterne.identity.api.SessionExpiredException if the session is not live
     * @throws org.lanterne.identity.api.AccessDeniedException   if the roles do not allow reading notes
     * @throws IllegalArgumentException                          if the query is empty or longer than 500 characters
     */
    List<NoteHit> search(Session session, String query, int max);
}
