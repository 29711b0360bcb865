package org.lanterne.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lanterne.itest.Framework.bundle;
import static org.lanterne.itest.Framework.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.lanterne.audit.api.AuditEvent;
import org.lanterne.audit.api.Outcome;
import org.lanterne.evaluation.api.EvaluationIndicators;
import org.lanterne.evaluation.api.ProgrammeSessions;
import org.lanterne.evaluation.api.PublishedTable;
import org.lanterne.evaluation.api.SessionCount;
import org.lanterne.extraction.api.TextExtractor;
import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;
import org.lanterne.notes.api.AmendmentDraft;
import org.lanterne.notes.api.Attachment;
import org.lanterne.notes.api.Attendance;
import org.lanterne.notes.api.CaseFile;
import org.lanterne.notes.api.CaseSummary;
import org.lanterne.notes.api.Caseload;
import org.lanterne.notes.api.Modality;
import org.lanterne.notes.api.Note;
import org.lanterne.notes.api.NoteHit;
import org.lanterne.notes.api.NoteSearch;
import org.lanterne.notes.api.RiskFlag;
import org.lanterne.notes.api.RiskFlagKind;
import org.lanterne.notes.api.SessionDetails;
import org.lanterne.notes.api.SessionNotes;
import org.lanterne.notes.api.SessionRecord;
import org.lanterne.notes.api.Timeline;
import org.lanterne.notes.api.TimelineEntry;
import org.lanterne.pseudonym.api.Pseudonyms;
import org.lanterne.store.api.PersistenceService;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.junit5.context.BundleContextExtension;

import jakarta.persistence.EntityManagerFactory;

/**
 * Caseloads, sessions and notes on the installation's database (Derby, and PostgreSQL in the
 * test-postgresql run), with the real permission matrix and audit trail.
 */
@ExtendWith(BundleContextExtension.class)
class NotesIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String TEMPLATE = "session-note";

    @InjectBundleContext
    BundleContext context;

    @Test
    void aClinicianRecordsASessionSignsItsNoteAndAnAmendmentKeepsWhatWasSigned() throws Exception {
        Session clinician = signedIn(Role.CLINICIAN);
        CaseFile file = caseload().open(clinician, newCode(), "K. B.", "treatment", TODAY.minusDays(30));
        SessionRecord held = notes().record(clinician, file.id(), held(TODAY.minusDays(1), Attendance.ATTENDED));

        Note draft = notes().saveDraft(clinician, held.id(), TEMPLATE, Map.of("presentation", "Calm."));
        Note typedOn = notes().saveDraft(clinician, held.id(), TEMPLATE, complete("Calm, engaged."));
        assertEquals(draft.id(), typedOn.id(), "one note per session, saved again as it is typed");
        assertFalse(typedOn.signed());

        Note signed = notes().sign(clinician, typedOn.id());
        assertTrue(signed.signed());
        IllegalStateException overwrite = assertThrows(IllegalStateException.class,
                () -> notes().saveDraft(clinician, held.id(), TEMPLATE, complete("Rewritten.")));
        assertTrue(overwrite.getMessage().contains("amendment"));
        assertThrows(IllegalStateException.class, () -> notes().sign(clinician, signed.id()));
        assertThrows(IllegalArgumentException.class, () -> notes().amend(clinician, signed.id(), complete("Fixed."), " "), "a reason is needed");

        Note amended = notes().amend(clinician, signed.id(), complete("Calm, engaged, tired."), "The client said he had not slept.");
        Note read = notes().read(clinician, signed.id());
        assertEquals(amended, read);
        assertEquals("Calm, engaged.", read.sections().get("presentation"), "what was signed is kept");
        assertEquals(signed.signedAt(), read.signedAt());
        assertEquals(1, read.amendments().size());
        assertEquals(clinician.user(), read.amendments().get(0).author());
        assertEquals("The client said he had not slept.", read.amendments().get(0).reason());
        assertEquals("Calm, engaged, tired.", read.currentSections().get("presentation"));
    }

    @Test
    void anAmendmentBeingWrittenIsItsAuthorsDraftUntilItIsSaved() throws Exception {
        Session author = signedIn(Role.CLINICIAN);
        Session colleague = signedIn(Role.CLINICIAN);
        Session stranger = signedIn(Role.CLINICIAN);
        Session supervisor = signedIn(Role.SUPERVISOR);
        CaseFile file = caseload().open(author, newCode(), "D.", "treatment", TODAY.minusDays(10));
        caseload().share(author, file.id(), colleague.user());
        SessionRecord held = notes().record(author, file.id(), held(TODAY.minusDays(1), Attendance.ATTENDED));
        Note note = notes().saveDraft(author, held.id(), TEMPLATE, complete("Calm."));
        String words = "drafted" + UUID.randomUUID().toString().replace("-", "");
        assertThrows(IllegalStateException.class, () -> notes().saveAmendmentDraft(author, note.id(), complete("Calm " + words), ""),
                "a note still in draft is edited, not amended");
        notes().sign(author, note.id());

        AmendmentDraft first = notes().saveAmendmentDraft(author, note.id(), complete("Calm " + words), "");
        assertEquals("", first.reason(), "the reason may come later");
        AmendmentDraft typedOn = notes().saveAmendmentDraft(author, note.id(), complete("Calm, tired " + words), " He had not slept. ");
        AmendmentDraft found = notes().amendmentDraft(author, note.id()).orElseThrow();
        assertEquals(typedOn, found, "one pending draft per note and author, replaced at each save, read back as saved");
        assertEquals("He had not slept.", found.reason());
        assertEquals("Calm, tired " + words, found.sections().get("presentation"));
        assertEquals(author.user(), found.author());
        assertThrows(IllegalArgumentException.class, () -> notes().saveAmendmentDraft(author, note.id(), Map.of("diagnosis", "x"), ""));
        assertEquals(typedOn, notes().amendmentDraft(author, note.id()).orElseThrow(), "a refused save keeps the draft");

        assertTrue(notes().amendmentDraft(colleague, note.id()).isEmpty(), "the draft is its author's only");
        assertTrue(notes().amendmentDraft(supervisor, note.id()).isEmpty());
        notes().saveAmendmentDraft(colleague, note.id(), complete("Calm, the colleague's view"), "Seen together");
        assertThrows(AccessDeniedException.class, () -> notes().saveAmendmentDraft(supervisor, note.id(), complete("x"), ""));
        for (Session refused : List.of(stranger, signedIn(Role.RESEARCHER))) {
            assertThrows(AccessDeniedException.class, () -> notes().saveAmendmentDraft(refused, note.id(), complete("x"), ""));
            assertThrows(AccessDeniedException.class, () -> notes().amendmentDraft(refused, note.id()));
        }
        Note unchanged = notes().read(supervisor, note.id());
        assertEquals(List.of(), unchanged.amendments(), "a draft is no amendment");
        assertEquals("Calm.", unchanged.currentSections().get("presentation"));
        assertEquals(List.of(), search().search(author, words, 10), "drafts are not searched");

        Note amended = notes().amend(author, note.id(), found.sections(), found.reason());
        assertTrue(notes().amendmentDraft(author, note.id()).isEmpty(), "saving the amendment clears its draft");
        assertEquals("Calm, the colleague's view", notes().amendmentDraft(colleague, note.id()).orElseThrow().sections().get("presentation"),
                "and no one else's");
        assertEquals("Calm.", amended.sections().get("presentation"), "what was signed is kept");
        assertEquals("Calm, tired " + words, amended.currentSections().get("presentation"));
        assertEquals("He had not slept.", amended.amendments().get(0).reason());
        assertEquals(List.of(note.id()), search().search(author, words, 10).stream().map(NoteHit::noteId).toList(), "the amendment is");

        List<AuditEvent> audited = events(author);
        assertEquals(List.of(Outcome.FAILED, Outcome.SUCCESS, Outcome.SUCCESS, Outcome.FAILED),
                audited.stream().filter(e -> e.action().equals("amendment-draft-save")).map(AuditEvent::outcome).toList(),
                "every save audited, in the order made: on a draft note, twice, with an unknown section");
        assertEquals(note.id(), audited.stream().filter(e -> e.action().equals("amendment-draft-read")).findFirst().orElseThrow().recordId());
        assertTrue(Framework.auditEvents(context).stream().noneMatch(e -> e.toString().contains(words) || e.toString().contains("slept")),
                "audited without text");
    }

    @Test
    void aNoteIsSignedOnlyByItsAuthorWithEveryRequiredSectionWritten() throws Exception {
        Session author = signedIn(Role.CLINICIAN);
        Session colleague = signedIn(Role.CLINICIAN);
        CaseFile file = caseload().open(author, newCode(), "R.", "treatment", TODAY);
        caseload().share(author, file.id(), colleague.user());
        SessionRecord held = notes().record(author, file.id(), held(TODAY, Attendance.LATE));
        Note draft = notes().saveDraft(author, held.id(), TEMPLATE, Map.of("presentation", "Late, apologetic.", "content", "Relapse plan."));

        IllegalStateException incomplete = assertThrows(IllegalStateException.class, () -> notes().sign(author, draft.id()));
        assertTrue(incomplete.getMessage().contains("risk-and-protective-factors"), incomplete.getMessage());
        notes().saveDraft(colleague, held.id(), TEMPLATE, complete("Late."));
        assertThrows(IllegalStateException.class, () -> notes().sign(colleague, draft.id()), "the colleague may edit but not sign");
        assertTrue(notes().sign(author, draft.id()).signed());
        assertThrows(IllegalArgumentException.class, () -> notes().saveDraft(author, held.id(), TEMPLATE, Map.of("diagnosis", "x")));
        assertThrows(NoSuchElementException.class, () -> notes().saveDraft(author, held.id(), "no-such-template", Map.of()));
    }

    @Test
    void onlyTheCaseworkersAndSupervisorsReachACaseAndOtherRolesNever() throws Exception {
        Session holder = signedIn(Role.CLINICIAN);
        Session stranger = signedIn(Role.CLINICIAN);
        Session supervisor = signedIn(Role.SUPERVISOR);
        CaseFile file = caseload().open(holder, newCode(), "M.", "treatment", TODAY.minusDays(7));
        SessionRecord held = notes().record(holder, file.id(), held(TODAY, Attendance.ATTENDED));
        Note note = notes().saveDraft(holder, held.id(), TEMPLATE, complete("Open."));

        for (Role role : List.of(Role.RESEARCHER, Role.PROGRAMME_LEAD, Role.ADMINISTRATOR)) {
            Session other = signedIn(role);
            for (Executable call : everyCall(other, file, held, note)) {
                assertThrows(AccessDeniedException.class, call, role.name());
            }
            List<AuditEvent> refusals = events(other);
            assertEquals(everyCall(other, file, held, note).size(), refusals.size(), role.name());
            assertTrue(refusals.stream().allMatch(e -> e.outcome() == Outcome.DENIED), refusals::toString);
        }
        for (Executable call : everyCall(stranger, file, held, note)) {
            assertThrows(AccessDeniedException.class, call, "a clinician outside the case");
        }
        assertFalse(caseload().cases(stranger).stream().anyMatch(c -> c.file().id().equals(file.id())));

        assertEquals(note, notes().read(supervisor, note.id()), "a supervisor reads");
        assertTrue(caseload().cases(supervisor).stream().anyMatch(c -> c.file().id().equals(file.id())), "and sees the team's cases");
        assertThrows(AccessDeniedException.class, () -> notes().saveDraft(supervisor, held.id(), TEMPLATE, complete("Edited.")));
        assertThrows(AccessDeniedException.class, () -> caseload().share(supervisor, file.id(), supervisor.user()));

        caseload().share(holder, file.id(), stranger.user());
        assertEquals(note.id(), notes().read(stranger, note.id()).id(), "shared, the case is the colleague's too");
        CaseFile moved = caseload().transfer(holder, file.id(), stranger.user());
        assertEquals(stranger.user(), moved.clinician());
        assertThrows(AccessDeniedException.class, () -> caseload().transfer(holder, file.id(), holder.user()), "only the holder transfers");
    }

    @Test
    void everyReadOfANoteIsAuditedByIdAndNeverWithItsText() throws Exception {
        Session clinician = signedIn(Role.CLINICIAN);
        Session researcher = signedIn(Role.RESEARCHER);
        CaseFile file = caseload().open(clinician, newCode(), "A.", "treatment", TODAY);
        SessionRecord held = notes().record(clinician, file.id(), held(TODAY, Attendance.ATTENDED));
        String words = "audited-" + UUID.randomUUID();
        Note note = notes().saveDraft(clinician, held.id(), TEMPLATE, complete(words));

        notes().read(clinician, note.id());
        notes().noteOf(clinician, held.id());
        assertThrows(AccessDeniedException.class, () -> notes().read(researcher, note.id()));

        List<AuditEvent> reads = Framework.auditEvents(context).stream().filter(e -> e.action().equals("note-read")).toList();
        assertEquals(1, reads.stream().filter(e -> e.actor().equals(clinician.user()) && note.id().equals(e.recordId())).count());
        assertEquals(1, reads.stream().filter(e -> e.actor().equals(clinician.user()) && held.id().equals(e.recordId())).count());
        assertEquals(1, reads.stream().filter(e -> e.actor().equals(researcher.user()) && e.outcome() == Outcome.DENIED).count());
        assertTrue(Framework.auditEvents(context).stream().noneMatch(e -> e.toString().contains(words) || e.toString().contains(file.clientCode())));
    }

    @Test
    void aFlagAlertsTheSupervisorsAndTheTimelineShowsSessionsAssessmentsAndFlags() throws Exception {
        Session clinician = signedIn(Role.CLINICIAN);
        Session supervisor = signedIn(Role.SUPERVISOR);
        CaseFile file = caseload().open(clinician, newCode(), "T.", "treatment", TODAY.minusDays(21));
        notes().record(clinician, file.id(), held(TODAY.minusDays(14), Attendance.ATTENDED));
        notes().record(clinician, file.id(), held(TODAY.minusDays(7), Attendance.DID_NOT_ATTEND));
        notes().record(clinician, file.id(), held(TODAY.minusDays(3), Attendance.CANCELLED_BY_SERVICE));
        notes().record(clinician, file.id(), held(TODAY.plusDays(7), Attendance.PLANNED));

        RiskFlag flag = caseload().raise(clinician, file.id(), RiskFlagKind.SAFEGUARDING_DISCLOSURE);
        assertTrue(caseload().alerts(supervisor).stream().anyMatch(f -> f.id().equals(flag.id())));
        CaseSummary row = caseload().cases(clinician).stream().filter(c -> c.file().id().equals(file.id())).findFirst().orElseThrow();
        assertEquals(TODAY.minusDays(3), row.lastSession().orElseThrow());
        assertEquals(TODAY.plusDays(7), row.nextSession().orElseThrow());
        assertEquals(1, row.openFlags());

        RiskFlag resolved = caseload().resolve(supervisor, flag.id());
        assertEquals(supervisor.user(), resolved.resolvedBy().orElseThrow());
        assertFalse(caseload().alerts(supervisor).stream().anyMatch(f -> f.id().equals(flag.id())));

        Timeline timeline = caseload().timeline(clinician, file.id());
        assertEquals(List.of(TimelineEntry.Kind.SESSION, TimelineEntry.Kind.SESSION, TimelineEntry.Kind.SESSION, TimelineEntry.Kind.FLAG_RAISED,
                TimelineEntry.Kind.FLAG_RESOLVED, TimelineEntry.Kind.SESSION), timeline.entries().stream().map(TimelineEntry::kind).toList());
        assertEquals(0.5, timeline.attendanceRate().getAsDouble(), "one of the two sessions that count");
    }

    @Test
    void aSessionIsCheckedBeforeItIsRecorded() throws Exception {
        Session clinician = signedIn(Role.CLINICIAN);
        CaseFile file = caseload().open(clinician, newCode(), "G.", "treatment", TODAY);

        assertThrows(IllegalArgumentException.class, () -> notes().record(clinician, file.id(), held(TODAY.plusDays(1), Attendance.ATTENDED)));
        assertThrows(IllegalArgumentException.class, () -> notes().record(clinician, file.id(),
                new SessionDetails(TODAY, LocalTime.NOON, 0, Modality.INDIVIDUAL, Attendance.ATTENDED, List.of(), List.of())));
        assertThrows(IllegalArgumentException.class, () -> notes().record(clinician, file.id(),
                new SessionDetails(TODAY, LocalTime.NOON, 60, Modality.INDIVIDUAL, Attendance.ATTENDED, List.of(newCode()), List.of())));
        String member = newCode();
        SessionRecord group = notes().record(clinician, file.id(),
                new SessionDetails(TODAY, LocalTime.of(18, 30), 90, Modality.GROUP, Attendance.ATTENDED, List.of(member), List.of("Empathy")));
        assertEquals(List.of(group), notes().sessions(clinician, file.id()));
        assertThrows(IllegalArgumentException.class, () -> caseload().open(clinician, "not-a-code", "G.", "treatment", TODAY));
        assertThrows(NoSuchElementException.class, () -> notes().sessions(clinician, UUID.randomUUID().toString()));
    }

    @Test
    void aClinicianSearchesTheNotesOfHerCasesInAnyOfTheLanguages() throws Exception {
        Session clinician = signedIn(Role.CLINICIAN);
        Session colleague = signedIn(Role.CLINICIAN);
        Session supervisor = signedIn(Role.SUPERVISOR);
        String word = "zx" + UUID.randomUUID().toString().substring(0, 8);
        CaseFile file = caseload().open(clinician, newCode(), "S.", "treatment", TODAY);
        SessionRecord held = notes().record(clinician, file.id(), held(TODAY, Attendance.ATTENDED));
        Note note = notes().saveDraft(clinician, held.id(), TEMPLATE,
                complete("Parle de sécurité au travail " + word + " <b>. يتحدث عن الأطفال"));

        List<NoteHit> hits = search().search(clinician, "securite " + word.toUpperCase(), 10);
        assertEquals(List.of(note.id()), hits.stream().map(NoteHit::noteId).toList());
        assertEquals(file.id(), hits.get(0).caseId());
        assertTrue(hits.get(0).snippet().contains("<mark>sécurité</mark>"), hits.get(0).snippet());
        assertTrue(hits.get(0).snippet().contains("&lt;b&gt;"), "the text is escaped: " + hits.get(0).snippet());
        assertEquals(List.of(note.id()), search().search(clinician, "الاطفال " + word, 10).stream().map(NoteHit::noteId).toList());
        assertEquals(List.of(note.id()), search().search(supervisor, word, 10).stream().map(NoteHit::noteId).toList());
        assertEquals(List.of(), search().search(colleague, word, 10), "not her case");
        assertEquals(List.of(), search().search(clinician, word + " -securite", 10));
        for (String malformed : List.of("\"" + word, word + " ((( ~ |", "+" + word + " -")) {
            assertEquals(1, search().search(clinician, malformed, 10).size(), "malformed syntax is read as words: " + malformed);
        }

        notes().sign(clinician, note.id());
        notes().amend(clinician, note.id(), complete("Corrigé " + word + "corrected"), "Typing error");
        assertEquals(List.of(note.id()), search().search(clinician, word + "corrected", 10).stream().map(NoteHit::noteId).toList(),
                "the current text is searched");
        assertThrows(AccessDeniedException.class, () -> search().search(signedIn(Role.RESEARCHER), word, 10));
        assertThrows(IllegalArgumentException.class, () -> search().search(clinician, " ", 10));
        assertTrue(Framework.auditEvents(context).stream().filter(e -> e.action().equals("note-search"))
                .noneMatch(e -> e.toString().contains(word)), "searches are audited without their words");
    }

    @Test
    void aLetterAttachedToASessionIsKeptSealedAndItsTextIsSearchable() throws Exception {
        Session clinician = signedIn(Role.CLINICIAN);
        String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
        CaseFile file = caseload().open(clinician, newCode(), "L.", "treatment", TODAY);
        SessionRecord held = notes().record(clinician, file.id(), held(TODAY, Attendance.ATTENDED));
        byte[] letter = pdf("Letter from the probation service " + word);
        service(context, TextExtractor.class); // the library's extraction, which may start after the notes
        byte[] cut = Arrays.copyOf(letter, letter.length / 2);

        Attachment attached = notes().attach(clinician, held.id(), "probation-letter.pdf", letter);
        Attachment broken = notes().attach(clinician, held.id(), "cut.pdf", cut);

        assertEquals("application/pdf", attached.contentType(), attached.notSearchable()::toString);
        assertTrue(attached.notSearchable().isEmpty());
        assertTrue(broken.notSearchable().orElseThrow().contains("truncated"), "kept all the same, with the reason");
        assertEquals(List.of(attached, broken), notes().attachments(clinician, held.id()));
        assertTrue(Arrays.equals(letter, notes().content(clinician, attached.id())));
        List<NoteHit> hits = search().search(clinician, word, 10);
        assertEquals(List.of(attached.id()), hits.stream().map(NoteHit::attachmentId).toList());
        assertEquals(held.id(), hits.get(0).sessionId());
        assertTrue(hits.get(0).snippet().contains("<mark>" + word + "</mark>"), hits.get(0).snippet());

        assertThrows(AccessDeniedException.class, () -> notes().content(signedIn(Role.RESEARCHER), attached.id()));
        assertThrows(AccessDeniedException.class, () -> notes().attach(signedIn(Role.CLINICIAN), held.id(), "x.pdf", letter));
        assertThrows(IllegalArgumentException.class, () -> notes().attach(clinician, held.id(), "empty.txt", new byte[0]));
        assertEquals(1, Framework.auditEvents(context).stream()
                .filter(e -> e.action().equals("attachment-read") && attached.id().equals(e.recordId()) && e.outcome() == Outcome.SUCCESS).count());
    }

    /** A one-page PDF whose text is written as it is in the file, so that a scan would see it if it were stored in the clear. */
    private static byte[] pdf(String text) {
        String content = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Plants a unique marker in a note, an amendment, an amendment being written, a session goal, a case alias and an attached
     * letter and its name, then looks
     * for it in every file under the data folder and, on PostgreSQL, the server's own files after a
     * checkpoint. The client code, which is stored as it is, shows that the scan sees the rows.
     */
    @Test
    void noteTextIsNeverWrittenToDiskInTheClear() throws Exception {
        Session clinician = signedIn(Role.CLINICIAN);
        String marker = "marker" + UUID.randomUUID().toString().replace("-", "");
        String code = newCode();
        CaseFile file = caseload().open(clinician, code, "alias " + marker, "treatment", TODAY);
        SessionRecord held = notes().record(clinician, file.id(),
                new SessionDetails(TODAY, LocalTime.NOON, 50, Modality.INDIVIDUAL, Attendance.ATTENDED, List.of(), List.of("goal " + marker)));
        Note note = notes().saveDraft(clinician, held.id(), TEMPLATE, complete("note " + marker));
        notes().sign(clinician, note.id());
        notes().amend(clinician, note.id(), complete("amended " + marker), "reason " + marker);
        notes().saveAmendmentDraft(clinician, note.id(), complete("being amended " + marker), "draft reason " + marker);
        notes().attach(clinician, held.id(), "letter " + marker + ".pdf", pdf("attached " + marker));
        assertTrue(search().search(clinician, marker, 10).size() >= 2, "the note and the letter are in the index, in memory");

        List<Path> folders = new ArrayList<>(List.of(Path.of(System.getProperty("lanterne.data"))));
        boolean postgresql = "postgresql".equals(System.getProperty("lanterne.test.engine"));
        if (postgresql) {
            checkpoint();
            folders.add(Path.of("target/postgresql"));
        }
        for (Path folder : folders) {
            assertEquals(List.of(), filesHolding(folder, marker), "the marker in the clear under " + folder);
        }
        if (postgresql) {
            assertFalse(filesHolding(Path.of("target/postgresql"), code).isEmpty(), "the scan sees the rows: the code is stored as it is");
        }
        assertTrue(notes().read(clinician, note.id()).currentSections().get("presentation").contains(marker), "and the note still reads");
    }

    private void checkpoint() throws Exception {
        EntityManagerFactory database = service(context, PersistenceService.class).open(bundle(context, "org.lanterne.notes.provider"), "lanterne.notes");
        try {
            Framework.sql(database, c -> {
                try (Statement s = c.createStatement()) {
                    return s.execute("CHECKPOINT");
                }
            });
        } finally {
            database.close();
        }
    }

    private static List<Path> filesHolding(Path folder, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
        List<Path> holding = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                try {
                    byte[] content = Files.readAllBytes(file);
                    if (indexOf(content, utf8) >= 0 || indexOf(content, utf16) >= 0) {
                        holding.add(file);
                    }
                } catch (IOException e) {
                    // a file that went away while the database wrote
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // listed, then removed by the running database before it was read
                }
                throw e;
            }
        });
        return holding;
    }

    private static int indexOf(byte[] content, byte[] wanted) {
        outer:
        for (int i = 0; i <= content.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (content[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private List<Executable> everyCall(Session user, CaseFile file, SessionRecord held, Note note) {
        return List.of(
                () -> caseload().get(user, file.id()),
                () -> caseload().share(user, file.id(), user.user()),
                () -> caseload().transfer(user, file.id(), user.user()),
                () -> caseload().raise(user, file.id(), RiskFlagKind.SELF_HARM),
                () -> caseload().timeline(user, file.id()),
                () -> notes().record(user, file.id(), held(TODAY, Attendance.ATTENDED)),
                () -> notes().update(user, held.id(), held(TODAY, Attendance.LATE)),
                () -> notes().sessions(user, file.id()),
                () -> notes().saveDraft(user, held.id(), TEMPLATE, complete("Overwritten.")),
                () -> notes().amend(user, note.id(), complete("Amended."), "Because."),
                () -> notes().saveAmendmentDraft(user, note.id(), complete("Amending."), "Because."),
                () -> notes().amendmentDraft(user, note.id()),
                () -> notes().noteOf(user, held.id()),
                () -> notes().read(user, note.id()));
    }

    @Test
    void researchersAndProgrammeLeadsCountTheSessionsHeldThroughTheEvaluationWithoutSeeingACase() throws Exception {
        Session clinician = signedIn(Role.CLINICIAN);
        String programme = "counted-" + UUID.randomUUID(); // the database is shared with the other tests
        YearMonth first = YearMonth.from(TODAY.minusMonths(2));
        CaseFile one = caseload().open(clinician, newCode(), "P.", programme, first.minusMonths(1).atDay(1));
        CaseFile other = caseload().open(clinician, newCode(), "Q.", programme, first.minusMonths(1).atDay(1));
        Map<Attendance, Integer> firstMonth = Map.of(Attendance.ATTENDED, 6, Attendance.DID_NOT_ATTEND, 5);
        Map<Attendance, Integer> secondMonth = Map.of(Attendance.ATTENDED, 5, Attendance.LATE, 1, Attendance.CANCELLED_BY_SERVICE, 2);
        int recorded = 0;
        for (Map<Attendance, Integer> month : List.of(firstMonth, secondMonth)) {
            LocalDate day = (month == firstMonth ? first : first.plusMonths(1)).atDay(10);
            for (Map.Entry<Attendance, Integer> attendance : month.entrySet()) {
                for (int i = 0; i < attendance.getValue(); i++) {
                    notes().record(clinician, (recorded++ % 2 == 0 ? one : other).id(), held(day, attendance.getKey()));
                }
            }
        }

        EvaluationIndicators indicators = service(context, EvaluationIndicators.class);
        for (Role role : List.of(Role.RESEARCHER, Role.PROGRAMME_LEAD)) {
            Session reader = signedIn(role);
            List<ProgrammeSessions> all = indicators.recordedSessions(reader);
            ProgrammeSessions counted = all.stream().filter(p -> p.programme().equals(programme)).findFirst()
                    .orElseThrow(() -> new AssertionError(programme + " is not among " + all));
            PublishedTable table = counted.byMonth();
            assertEquals(List.of(first.toString(), first.plusMonths(1).toString()), table.rows());
            assertEquals(SessionCount.ATTENDANCES, table.columns());
            for (int row = 0; row < 2; row++) {
                Map<Attendance, Integer> truth = row == 0 ? firstMonth : secondMonth;
                for (Attendance attendance : Attendance.values()) {
                    String shown = table.cells().get(row).get(SessionCount.ATTENDANCES.indexOf(attendance.name().toLowerCase(Locale.ROOT).replace('_', '-')));
                    int count = truth.getOrDefault(attendance, 0);
                    assertTrue(shown.equals(Integer.toString(count)) || !shown.matches("\\d+"),
                            attendance + " in row " + row + ": " + shown + " shown for " + count);
                }
            }
            assertEquals("6", table.cells().get(0).get(0), "attended in the first month");
            assertTrue(table.cells().stream().flatMap(List::stream).noneMatch(v -> v.matches("[1-4]")), "no count from 1 to 4");
            assertEquals(12 / 17.0, counted.attendanceRate(), 1e-12, "held or late, of all but the cancellations by the service");
            AuditEvent read = Framework.auditEvents(context).stream().filter(e -> e.actor().equals(reader.user())).reduce((a, b) -> b).orElseThrow();
            assertEquals("evaluation.recorded-sessions", read.action());
            assertEquals(Outcome.SUCCESS, read.outcome());
        }
        Session administrator = Framework.administrator(context);
        assertThrows(AccessDeniedException.class, () -> indicators.recordedSessions(administrator));
    }

    private static SessionDetails held(LocalDate day, Attendance attendance) {
        return new SessionDetails(day, LocalTime.of(10, 0), 60, Modality.INDIVIDUAL, attendance, List.of(), List.of("Relapse prevention"));
    }

    private static Map<String, String> complete(String presentation) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("presentation", presentation);
        sections.put("content", "Worked on the relapse-prevention plan.");
        sections.put("risk-and-protective-factors", "New job; no contact with children reported.");
        sections.put("plan", "Review the plan next week.");
        return sections;
    }

    private List<AuditEvent> events(Session session) throws InterruptedException {
        return Framework.auditEvents(context).stream().filter(e -> e.actor().equals(session.user()))
                .filter(e -> e.action().matches("(case|session|note|flag|amendment-draft)-.*")).toList();
    }

    private Caseload caseload() throws InterruptedException {
        return service(context, Caseload.class);
    }

    private NoteSearch search() throws InterruptedException {
        return service(context, NoteSearch.class);
    }

    private SessionNotes notes() throws InterruptedException {
        return service(context, SessionNotes.class);
    }

    private String newCode() throws InterruptedException {
        return service(context, Pseudonyms.class).newCode();
    }

    private Session signedIn(Role role) throws InterruptedException {
        return Framework.signedIn(context, role);
    }
}
