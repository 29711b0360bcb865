package org.lanterne.notes.provider;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.Session;
import org.lanterne.extraction.api.ExtractedText;
import org.lanterne.extraction.api.ExtractionRefusedException;
import org.lanterne.extraction.api.TextExtractor;
import org.lanterne.notes.api.AmendmentDraft;
import org.lanterne.notes.api.Attachment;
import org.lanterne.notes.api.Attendance;
import org.lanterne.notes.api.Modality;
import org.lanterne.notes.api.Note;
import org.lanterne.notes.api.NoteTemplate;
import org.lanterne.notes.api.NoteTemplates;
import org.lanterne.notes.api.SessionDetails;
import org.lanterne.notes.api.SessionNotes;
import org.lanterne.notes.api.SessionRecord;
import org.lanterne.notes.provider.NotesDatabase.Tables;
import org.lanterne.notes.provider.jpa.entities.AmendmentDraftEntity;
import org.lanterne.notes.provider.jpa.entities.AmendmentEntity;
import org.lanterne.notes.provider.jpa.entities.AttachmentEntity;
import org.lanterne.notes.provider.jpa.entities.CaseEntity;
import org.lanterne.notes.provider.jpa.entities.NoteEntity;
import org.lanterne.notes.provider.jpa.entities.SessionEntity;
import org.lanterne.pseudonym.api.Pseudonyms;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Sessions and their notes in the installation's database, the text sealed (see {@link SealedColumns}).
 * A signed note's row is never written again: corrections are amendment rows.
 */
@Component(immediate = true) // a delayed component would drop its optional extractor whenever its last user lets go
public class JpaSessionNotes implements SessionNotes {

    private static final int MAX_MINUTES = 600;
    private static final int MAX_GOALS = 20;
    private static final int GOAL_LENGTH = 200;
    private static final int SECTION_LENGTH = 20_000;
    private static final int REASON_LENGTH = 500;
    private static final int FILE_NAME_LENGTH = 200;
    /** Without an extractor, which sets its own limit. */
    private static final long MAX_ATTACHMENT_BYTES = 20L << 20;
    private static final String DEFAULT_TYPE = "application/octet-stream";
    private static final TypeReference<Details> DETAILS = new TypeReference<>() {
    };

    /** What is sealed of a session. */
    record Details(List<String> attendees, List<String> goals) {
    }

    private final NotesDatabase database;
    private final SealedColumns sealed;
    private final CaseGuard guard;
    private final NoteTemplates templates;
    private final Pseudonyms pseudonyms;
    private final NoteIndex index;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile TextExtractor extractor;
    private final Clock clock = Clock.systemDefaultZone();

    @Activate
    public JpaSessionNotes(@Reference NotesDatabase database, @Reference SealedColumns sealed, @Reference CaseGuard guard,
            @Reference NoteTemplates templates, @Reference Pseudonyms pseudonyms, @Reference NoteIndex index) {
        this.database = database;
        this.sealed = sealed;
        this.guard = guard;
        this.templates = templates;
        this.pseudonyms = pseudonyms;
        this.index = index;
    }

    @Override
    public SessionRecord record(Session session, String caseId, SessionDetails details) {
        String id = UUID.randomUUID().toString();
        return guard.write(session, "session-record", "session", id, actor -> {
            SessionDetails checked = checked(details);
            return database.inTransaction(tables -> {
                Session live = writable(session, tables, caseId, Action.CREATE);
                SessionEntity entity = new SessionEntity(id, caseId);
                fill(entity, checked, live.user());
                tables.insert(entity);
                guard.succeeded(actor, "session-record", "session", id);
                return toRecord(entity);
            });
        });
    }

    @Override
    public SessionRecord update(Session session, String sessionId, SessionDetails details) {
        return guard.write(session, "session-update", "session", sessionId, actor -> {
            SessionDetails checked = checked(details);
            return database.inTransaction(tables -> {
                SessionEntity entity = tables.sessionOf(sessionId);
                Session live = writable(session, tables, entity.caseId(), Action.UPDATE);
                fill(entity, checked, live.user());
                tables.flush();
                guard.succeeded(actor, "session-update", "session", sessionId);
                return toRecord(entity);
            });
        });
    }

    @Override
    public List<SessionRecord> sessions(Session session, String caseId) {
        return guard.read(session, "session-list", "case", caseId, actor -> database.inTransaction(tables -> {
            readable(session, tables, caseId);
            return tables.sessions(caseId).stream().map(this::toRecord).toList();
        }));
    }

    @Override
    public Note saveDraft(Session session, String sessionId, String templateId, Map<String, String> sections) {
        return guard.write(session, "note-save", "session", sessionId, actor -> {
            NoteTemplate template = templates.get(templateId).orElseThrow(() -> new NoSuchElementException("There is no such note template."));
            Map<String, String> text = checked(template, sections);
            return indexed(tables -> {
                SessionEntity held = tables.sessionOf(sessionId);
                Session live = writable(session, tables, held.caseId(), Action.UPDATE);
                NoteEntity note = tables.noteOfSession(sessionId).orElse(null);
                if (note == null) {
                    note = new NoteEntity(UUID.randomUUID().toString(), sessionId, templateId, live.user());
                    note.save(templateId, NoteTexts.sealSections(sealed, text, note.id()), now());
                    tables.insert(note);
                } else {
                    if (note.signedAt() != null) {
                        throw new IllegalStateException("The note of this session is signed: correct it with an amendment.");
                    }
                    note.save(templateId, NoteTexts.sealSections(sealed, text, note.id()), now());
                    tables.flush();
                }
                guard.succeeded(actor, "note-save", "note", note.id());
                return note;
            });
        });
    }

    @Override
    public Note sign(Session session, String noteId) {
        return guard.write(session, "note-sign", "note", noteId, actor -> database.inTransaction(tables -> {
            NoteEntity note = tables.noteOf(noteId);
            Session live = writable(session, tables, tables.sessionOf(note.sessionId()).caseId(), Action.UPDATE);
            if (!note.author().equals(live.user())) {
                throw new IllegalStateException("Only the note's author signs it.");
            }
            NoteTemplate template = templateOf(note);
            Map<String, String> text = NoteTexts.openSections(sealed, note);
            for (NoteTemplate.Section section : template.sections()) {
                if (section.required() && text.getOrDefault(section.id(), "").isBlank()) {
                    throw new IllegalStateException("The section " + section.id() + " must be written before the note is signed.");
                }
            }
            note.sign(now());
            tables.flush();
            guard.succeeded(actor, "note-sign", "note", noteId);
            return toNote(tables, note);
        }));
    }

    @Override
    public Note amend(Session session, String noteId, Map<String, String> sections, String reason) {
        String id = UUID.randomUUID().toString();
        return guard.write(session, "note-amend", "note", noteId, actor -> indexed(tables -> {
            NoteEntity note = tables.noteOf(noteId);
            Session live = amendable(session, tables, note);
            String why = JpaCaseload.required(reason, "reason for the amendment", REASON_LENGTH);
            NoteTexts.Correction correction = new NoteTexts.Correction(why, checked(templateOf(note), sections));
            tables.insert(new AmendmentEntity(id, noteId, live.user(), now(), NoteTexts.sealCorrection(sealed, correction, id)));
            tables.amendmentDraft(noteId, live.user()).ifPresent(tables::remove);
            guard.succeeded(actor, "note-amend", "note", noteId);
            return note;
        }));
    }

    @Override
    public AmendmentDraft saveAmendmentDraft(Session session, String noteId, Map<String, String> sections, String reason) {
        // not indexed: search covers what was signed and amended, never what is still being written
        return guard.write(session, "amendment-draft-save", "note", noteId, actor -> database.inTransaction(tables -> {
            NoteEntity note = tables.noteOf(noteId);
            Session live = amendable(session, tables, note);
            String why = reason == null ? "" : reason.strip();
            if (why.length() > REASON_LENGTH) {
                throw new IllegalArgumentException("The reason for the amendment is longer than " + REASON_LENGTH + " characters.");
            }
            NoteTexts.Correction correction = new NoteTexts.Correction(why, checked(templateOf(note), sections));
            Optional<AmendmentDraftEntity> pending = tables.amendmentDraft(noteId, live.user());
            AmendmentDraftEntity draft = pending.orElseGet(() -> new AmendmentDraftEntity(UUID.randomUUID().toString(), noteId, live.user()));
            draft.save(NoteTexts.sealDraftCorrection(sealed, correction, draft.id()), now());
            if (pending.isEmpty()) {
                tables.insert(draft);
            } else {
                tables.flush();
            }
            guard.succeeded(actor, "amendment-draft-save", "note", noteId);
            return NoteTexts.openDraft(sealed, draft);
        }));
    }

    @Override
    public Optional<AmendmentDraft> amendmentDraft(Session session, String noteId) {
        return guard.read(session, "amendment-draft-read", "note", noteId, actor -> database.inTransaction(tables -> {
            NoteEntity note = tables.noteOf(noteId);
            readable(session, tables, tables.sessionOf(note.sessionId()).caseId());
            return tables.amendmentDraft(noteId, actor).map(d -> NoteTexts.openDraft(sealed, d));
        }));
    }

    @Override
    public Optional<Note> noteOf(Session session, String sessionId) {
        return guard.read(session, "note-read", "session", sessionId, actor -> database.inTransaction(tables -> {
            readable(session, tables, tables.sessionOf(sessionId).caseId());
            return tables.noteOfSession(sessionId).map(n -> toNote(tables, n));
        }));
    }

    @Override
    public Note read(Session session, String noteId) {
        return guard.read(session, "note-read", "note", noteId, actor -> database.inTransaction(tables -> {
            NoteEntity note = tables.noteOf(noteId);
            readable(session, tables, tables.sessionOf(note.sessionId()).caseId());
            return toNote(tables, note);
        }));
    }

    @Override
    public Attachment attach(Session session, String sessionId, String fileName, byte[] content) {
        String id = UUID.randomUUID().toString();
        return guard.write(session, "attachment-add", "session", sessionId, actor -> {
            String name = JpaCaseload.required(fileName, "file name", FILE_NAME_LENGTH);
            long limit = extractorOrNone().map(TextExtractor::maxBytes).orElse(MAX_ATTACHMENT_BYTES);
            if (content == null || content.length == 0 || content.length > limit) {
                throw new IllegalArgumentException("An attachment holds 1 byte to " + (limit >> 20) + " MB.");
            }
            // checked before the (slow) extraction, and again in the transaction that stores it
            database.inTransaction(tables -> writable(session, tables, tables.sessionOf(sessionId).caseId(), Action.CREATE));
            Extracted extracted = extracted(content, name);
            Instant now = now();
            SessionEntity held = database.inTransaction(tables -> {
                SessionEntity target = tables.sessionOf(sessionId);
                Session live = writable(session, tables, target.caseId(), Action.CREATE);
                tables.insert(new AttachmentEntity(id, sessionId, NoteTexts.sealAttachmentName(sealed, name, id), extracted.contentType(),
                        content.length, NoteTexts.sealAttachmentContent(sealed, content, id),
                        extracted.text() == null ? null : NoteTexts.sealAttachmentText(sealed, extracted.text(), id), extracted.notSearchable(),
                        live.user(), now));
                guard.succeeded(actor, "attachment-add", "attachment", id);
                return target;
            });
            if (extracted.text() != null) {
                index.put(NoteTextIndex.Entry.ofAttachment(id, sessionId, held.caseId(), held.heldOn(), extracted.text()));
            }
            return new Attachment(id, sessionId, name, extracted.contentType(), content.length, actor, now,
                    Optional.ofNullable(extracted.notSearchable()));
        });
    }

    @Override
    public List<Attachment> attachments(Session session, String sessionId) {
        return guard.read(session, "attachment-list", "session", sessionId, actor -> database.inTransaction(tables -> {
            readable(session, tables, tables.sessionOf(sessionId).caseId());
            return tables.attachments(sessionId).stream().map(r -> new Attachment((String) r[0], sessionId,
                    NoteTexts.openAttachmentName(sealed, (String) r[0], (String) r[1]), (String) r[2], (Long) r[3], (String) r[5], (Instant) r[6],
                    Optional.ofNullable((String) r[4]))).toList();
        }));
    }

    @Override
    public byte[] content(Session session, String attachmentId) {
        return guard.read(session, "attachment-read", "attachment", attachmentId, actor -> database.inTransaction(tables -> {
            AttachmentEntity attachment = tables.find(AttachmentEntity.class, attachmentId, "attachment");
            readable(session, tables, tables.sessionOf(attachment.sessionId()).caseId());
            return NoteTexts.openAttachmentContent(sealed, attachmentId, attachment.contentSealed());
        }));
    }

    /** What extraction gave: the text, or the reason there is none. */
    private record Extracted(String contentType, String text, String notSearchable) {
    }

    private Extracted extracted(byte[] content, String name) {
        Optional<TextExtractor> extractor = extractorOrNone();
        if (extractor.isEmpty()) {
            return new Extracted(DEFAULT_TYPE, null, "no text extraction is installed");
        }
        try {
            ExtractedText text = extractor.get().extract(content, name);
            return new Extracted(text.contentType(), text.text(), null);
        } catch (ExtractionRefusedException e) {
            return new Extracted(DEFAULT_TYPE, null, e.getMessage().length() > 200 ? e.getMessage().substring(0, 200) : e.getMessage());
        }
    }

    private Optional<TextExtractor> extractorOrNone() {
        return Optional.ofNullable(extractor);
    }

    private Session writable(Session session, Tables tables, String caseId, Action action) {
        Session live = guard.allowed(session, action, DataClass.CLINICAL_NOTE);
        CaseEntity file = tables.caseOf(caseId);
        guard.onCase(live, file, tables.sharedWith(caseId, live.user()), action, DataClass.CLINICAL_NOTE);
        return live;
    }

    /** @return the live session of a user who may amend the note, once it is known to be signed */
    private Session amendable(Session session, Tables tables, NoteEntity note) {
        Session live = writable(session, tables, tables.sessionOf(note.sessionId()).caseId(), Action.UPDATE);
        if (note.signedAt() == null) {
            throw new IllegalStateException("The note is a draft: edit it instead of amending it.");
        }
        return live;
    }

    private NoteTemplate templateOf(NoteEntity note) {
        return templates.get(note.templateId())
                .orElseThrow(() -> new IllegalStateException("The note's template " + note.templateId() + " is no longer installed."));
    }

    private void readable(Session session, Tables tables, String caseId) {
        Session live = guard.allowed(session, Action.READ, DataClass.CLINICAL_NOTE);
        guard.onCase(live, tables.caseOf(caseId), tables.sharedWith(caseId, live.user()), Action.READ, DataClass.CLINICAL_NOTE);
    }

    private SessionDetails checked(SessionDetails details) {
        if (details == null || details.day() == null || details.start() == null || details.modality() == null || details.attendance() == null) {
            throw new IllegalArgumentException("A session needs its day, start, modality and attendance.");
        }
        if (details.minutes() < 1 || details.minutes() > MAX_MINUTES) {
            throw new IllegalArgumentException("A session lasts from 1 to " + MAX_MINUTES + " minutes.");
        }
        if (details.attendance() != Attendance.PLANNED && details.day().isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("Only a planned session can be after today.");
        }
        if (!details.attendees().isEmpty() && details.modality() != Modality.GROUP) {
            throw new IllegalArgumentException("Only a group session has other attendees.");
        }
        List<String> attendees = details.attendees().stream().map(code -> {
            if (code == null || !pseudonyms.isWellFormed(code)) {
                throw new IllegalArgumentException("An attendee's client code is not well formed.");
            }
            return pseudonyms.normalize(code);
        }).toList();
        if (details.goals().size() > MAX_GOALS) {
            throw new IllegalArgumentException("A session addresses at most " + MAX_GOALS + " goals.");
        }
        List<String> goals = details.goals().stream().map(goal -> JpaCaseload.required(goal, "goal", GOAL_LENGTH)).toList();
        return new SessionDetails(details.day(), details.start().truncatedTo(ChronoUnit.MINUTES), details.minutes(), details.modality(),
                details.attendance(), attendees, goals);
    }

    /** @return the sections in the template's order, each known to the template and not too long */
    private static Map<String, String> checked(NoteTemplate template, Map<String, String> sections) {
        if (sections == null) {
            throw new IllegalArgumentException("The note's sections are missing.");
        }
        for (String id : sections.keySet()) {
            if (template.sections().stream().noneMatch(s -> s.id().equals(id))) {
                throw new IllegalArgumentException("The template " + template.id() + " has no section " + id + ".");
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (NoteTemplate.Section section : template.sections()) {
            String text = sections.getOrDefault(section.id(), "");
            if (text == null || text.length() > SECTION_LENGTH) {
                throw new IllegalArgumentException("The section " + section.id() + " is missing or longer than " + SECTION_LENGTH + " characters.");
            }
            ordered.put(section.id(), text);
        }
        return ordered;
    }

    private void fill(SessionEntity entity, SessionDetails details, String user) {
        entity.record(details.day(), details.start().toSecondOfDay() / 60, details.minutes(), details.modality().name(),
                details.attendance().name(), sealed.seal(new Details(details.attendees(), details.goals()), sessionPlace(entity.id())), user, now());
    }

    private SessionRecord toRecord(SessionEntity s) {
        Details details = sealed.open(s.detailsSealed(), sessionPlace(s.id()), DETAILS);
        return new SessionRecord(s.id(), s.caseId(), new SessionDetails(s.heldOn(), LocalTime.ofSecondOfDay(s.startMinute() * 60L), s.minutes(),
                Modality.valueOf(s.modality()), Attendance.valueOf(s.attendance()), details.attendees(), details.goals()), s.recordedBy(),
                s.recordedAt());
    }

    /** Runs a write of a note's text in one transaction and, once it is committed, indexes the text for search. */
    private Note indexed(Function<Tables, NoteEntity> write) {
        Indexed written = database.inTransaction(tables -> {
            NoteEntity note = write.apply(tables);
            SessionEntity held = tables.sessionOf(note.sessionId());
            return new Indexed(toNote(tables, note), held.caseId(), held.heldOn());
        });
        index.put(NoteTextIndex.Entry.of(written.note(), written.caseId(), written.day()));
        return written.note();
    }

    private record Indexed(Note note, String caseId, LocalDate day) {
    }

    private Note toNote(Tables tables, NoteEntity n) {
        return NoteTexts.open(sealed, n, tables.amendments(n.id()));
    }

    private Instant now() {
        // Milliseconds: what every engine stores, so the record returned equals the record read back.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String sessionPlace(String id) {
        return "session-details:" + id;
    }
}
