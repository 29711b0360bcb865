package org.lanterne.notes.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lanterne.identity.api.Session;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Sessions of a case and their notes. Note text is stored encrypted; every read of a note is
 * audited. A note is a draft, saved as often as its author likes, until its author signs it;
 * then it never changes again and corrections are amendments that keep what was signed. Nothing
 * is deleted.
 *
 * @throws org.lanterne.identity.api.SessionExpiredException if the session is not live
 * @throws org.lanterne.identity.api.AccessDeniedException   if the role or the case does not allow it
 * @throws java.util.NoSuchElementException                  if there is no such case, session or note
 * @throws IllegalArgumentException                          if an argument is missing or malformed
 * @throws IllegalStateException                             if the note is signed, or not yet
 */
@ProviderType
public interface SessionNotes {

    /** Records a session of the case, planned or held. */
    SessionRecord record(Session session, String caseId, SessionDetails details);

    /** Updates what is recorded of a session, for example its attendance once it has been held. */
    SessionRecord update(Session session, String sessionId, SessionDetails details);

    /** @return the case's sessions, by day and start */
    List<SessionRecord> sessions(Session session, String caseId);

    /**
     * Saves the draft note of a session, creating it on first save. Saving is cheap, so that an
     * editor can save as its user types.
     *
     * @param sections the text of each section of the template, by section id
     * @throws IllegalStateException if the session's note is signed
     */
    Note saveDraft(Session session, String sessionId, String templateId, Map<String, String> sections);

    /**
     * Signs a draft: only its author may, and only with every required section written.
     *
     * @throws IllegalStateException if it is signed already or a required section is empty
     */
    Note sign(Session session, String noteId);

    /**
     * Corrects a signed note, keeping what was signed. The user's {@linkplain #amendmentDraft pending
     * draft} of an amendment to the note, if any, is cleared.
     *
     * @param reason why, at least a few words
     * @throws IllegalStateException if the note is still a draft (edit it instead)
     */
    Note amend(Session session, String noteId, Map<String, String> sections, String reason);

    /**
     * Saves the amendment the user is writing to a signed note, creating it on first save: the
     * user's one pending draft for that note, replaced at each save. Cheap, like
     * {@link #saveDraft}, so that an editor can save as its user types. Nothing of it is searched
     * or seen by others until {@link #amend} finalises it.
     *
     * @param sections the corrected text of each section of the note's template, by section id
     * @param reason   why, as typed so far: may be empty until the amendment is finalised
     * @throws IllegalStateException if the note is still a draft (edit it instead)
     * @since 1.1
     */
    AmendmentDraft saveAmendmentDraft(Session session, String noteId, Map<String, String> sections, String reason);

    /**
     * @return the user's own pending draft of an amendment to the note, if they are writing one;
     *         the read is audited
     * @since 1.1
     */
    Optional<AmendmentDraft> amendmentDraft(Session session, String noteId);

    /** @return the note of the session, if one was started; the read is audited */
    Optional<Note> noteOf(Session session, String sessionId);

    /** @return the note; the read is audited */
    Note read(Session session, String noteId);

    /**
     * Attaches a letter or report to a session. It is stored sealed; its text is extracted for
     * search when the installation can (PDF, Word, OpenDocument, HTML, text). A document whose
     * text cannot be extracted is stored all the same, with the reason.
     *
     * @param fileName the name it is attached under, at most 200 characters
     * @throws IllegalArgumentException if it is empty or larger than the installation accepts
     */
    Attachment attach(Session session, String sessionId, String fileName, byte[] content);

    /** @return the session's attachments, oldest first */
    List<Attachment> attachments(Session session, String sessionId);

    /** @return the attachment's bytes; the read is audited */
    byte[] content(Session session, String attachmentId);
}
