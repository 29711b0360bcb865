package org.lanterne.notes.provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lanterne.notes.api.Amendment;
import org.lanterne.notes.api.AmendmentDraft;
import org.lanterne.notes.api.Note;
import org.lanterne.notes.provider.jpa.entities.AmendmentDraftEntity;
import org.lanterne.notes.provider.jpa.entities.AmendmentEntity;
import org.lanterne.notes.provider.jpa.entities.NoteEntity;

import com.fasterxml.jackson.core.type.TypeReference;

/** Notes, amendments, their drafts and attachments as they are sealed in their rows, and opened again. */
final class NoteTexts {

    private static final TypeReference<Map<String, String>> SECTIONS = new TypeReference<>() {
    };
    private static final TypeReference<Correction> CORRECTION = new TypeReference<>() {
    };
    private static final TypeReference<String> TEXT = new TypeReference<>() {
    };

    /** What is sealed of an amendment. */
    record Correction(String reason, Map<String, String> sections) {
    }

    private NoteTexts() {
    }

    static String sealSections(SealedColumns sealed, Map<String, String> sections, String noteId) {
        return sealed.seal(sections, notePlace(noteId));
    }

    static Map<String, String> openSections(SealedColumns sealed, NoteEntity note) {
        return sealed.open(note.textSealed(), notePlace(note.id()), SECTIONS);
    }

    static String sealCorrection(SealedColumns sealed, Correction correction, String amendmentId) {
        return sealed.seal(correction, amendmentPlace(amendmentId));
    }

    static String sealDraftCorrection(SealedColumns sealed, Correction correction, String draftId) {
        return sealed.seal(correction, amendmentDraftPlace(draftId));
    }

    static AmendmentDraft openDraft(SealedColumns sealed, AmendmentDraftEntity d) {
        Correction correction = sealed.open(d.textSealed(), amendmentDraftPlace(d.id()), CORRECTION);
        return new AmendmentDraft(d.noteId(), d.author(), d.savedAt(), correction.reason(), correction.sections());
    }

    /** @param amendments the note's amendments, oldest first */
    static Note open(SealedColumns sealed, NoteEntity n, List<AmendmentEntity> amendments) {
        List<Amendment> opened = amendments.stream().map(a -> {
            Correction correction = sealed.open(a.textSealed(), amendmentPlace(a.id()), CORRECTION);
            return new Amendment(a.id(), a.author(), a.amendedAt(), correction.reason(), correction.sections());
        }).toList();
        return new Note(n.id(), n.sessionId(), n.templateId(), n.author(), openSections(sealed, n), n.savedAt(),
                Optional.ofNullable(n.signedAt()), opened);
    }

    static String sealAttachmentName(SealedColumns sealed, String name, String attachmentId) {
        return sealed.seal(name, "attachment-name:" + attachmentId);
    }

    static String openAttachmentName(SealedColumns sealed, String attachmentId, String nameSealed) {
        return sealed.open(nameSealed, "attachment-name:" + attachmentId, TEXT);
    }

    static String sealAttachmentText(SealedColumns sealed, String text, String attachmentId) {
        return sealed.seal(text, "attachment-text:" + attachmentId);
    }

    static String openAttachmentText(SealedColumns sealed, String attachmentId, String textSealed) {
        return sealed.open(textSealed, "attachment-text:" + attachmentId, TEXT);
    }

    static byte[] sealAttachmentContent(SealedColumns sealed, byte[] content, String attachmentId) {
        return sealed.sealBytes(content, "attachment-content:" + attachmentId);
    }

    static byte[] openAttachmentContent(SealedColumns sealed, String attachmentId, byte[] contentSealed) {
        return sealed.openBytes(contentSealed, "attachment-content:" + attachmentId);
    }

    private static String notePlace(String id) {
        return "note-text:" + id;
    }

    private static String amendmentPlace(String id) {
        return "amendment-text:" + id;
    }

    private static String amendmentDraftPlace(String id) {
        return "amendment-draft-text:" + id;
    }
}
