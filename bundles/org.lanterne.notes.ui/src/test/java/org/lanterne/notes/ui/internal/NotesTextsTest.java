package org.lanterne.notes.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.DataClass;
import org.lanterne.notes.api.Amendment;
import org.lanterne.notes.api.Attachment;
import org.lanterne.notes.api.Attendance;
import org.lanterne.notes.api.CaseFile;
import org.lanterne.notes.api.CaseSummary;
import org.lanterne.notes.api.Modality;
import org.lanterne.notes.api.Note;
import org.lanterne.notes.api.NoteHit;
import org.lanterne.notes.api.NoteTemplate;
import org.lanterne.notes.api.RiskFlag;
import org.lanterne.notes.api.RiskFlagKind;
import org.lanterne.notes.api.SessionDetails;
import org.lanterne.notes.api.SessionRecord;
import org.lanterne.notes.api.TimelineEntry;
import org.lanterne.ui.testing.UiResources;

/** The rows and sentences of the Caseload part, from synthetic records, in English and French. */
class NotesTextsTest {

    private static final String CODE = "4TQ8-M2XH-9CKD-3ZRWT";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final CaseFile FILE = new CaseFile("case-1", CODE, "K. B.", "treatment", DAY, "ines.clinician", Set.of());
    private static final String LTR = "\u200E";

    private final NotesMessages english;
    private final NotesMessages french;

    NotesTextsTest() throws Exception {
        UiResources resources = UiResources.of(NotesTextsTest.class);
        english = resources.english(NotesMessages.class);
        french = new NotesMessages();
        var texts = resources.texts("fr");
        for (var field : NotesMessages.class.getFields()) {
            field.set(french, texts.getProperty(field.getName()));
        }
    }

    @Test
    void aClientIsShownByCodeWithTheAliasTheClinicianChose() {
        assertEquals(LTR + CODE + LTR + " (K. B.)", NotesTexts.client(FILE));
        assertEquals(LTR + CODE + LTR, NotesTexts.client(new CaseFile("c", CODE, " ", "treatment", DAY, "x", Set.of())));
    }

    @Test
    void aCaseRowHasItsSessionsBandAndOpenFlagsAndTheHolderOnlyForASupervisor() {
        CaseSummary summary = new CaseSummary(FILE, Optional.of(DAY.plusDays(7)), Optional.empty(), Optional.of("moderate-high"), 2);
        String[] clinicians = NotesTexts.caseRow(summary, Locale.ENGLISH, false);
        assertArrayEquals(new String[] { LTR + CODE + LTR + " (K. B.)", "treatment", "Mar 2, 2026", "Mar 9, 2026", NotesTexts.NONE,
                "moderate-high", "2" }, clinicians);
        String[] supervisors = NotesTexts.caseRow(summary, Locale.ENGLISH, true);
        assertEquals(8, supervisors.length);
        assertEquals("ines.clinician", supervisors[7]);
    }

    @Test
    void aSessionRowNamesItsModalityAndAttendanceInTheUsersLanguage() {
        SessionRecord record = new SessionRecord("s1", "case-1", new SessionDetails(DAY, LocalTime.of(14, 30), 50, Modality.GROUP,
                Attendance.DID_NOT_ATTEND, List.of(), List.of()), "ines.clinician", Instant.EPOCH);
        assertArrayEquals(new String[] { "2 mars 2026", "14:30", "50", "Groupe", "Absent" },
                NotesTexts.sessionRow(french, record, Locale.FRENCH));
    }

    @Test
    void timelineEntriesTranslateAttendancesAndRisksAndKeepAssessmentsAsRecorded() {
        assertArrayEquals(new String[] { "Mar 2, 2026", "Session", "Late" }, NotesTexts.timelineRow(english,
                new TimelineEntry(DAY, TimelineEntry.Kind.SESSION, "LATE", "s1"), Locale.ENGLISH));
        assertArrayEquals(new String[] { "Mar 2, 2026", "Flag raised", "Self-harm" }, NotesTexts.timelineRow(english,
                new TimelineEntry(DAY, TimelineEntry.Kind.FLAG_RAISED, "SELF_HARM", "f1"), Locale.ENGLISH));
        assertArrayEquals(new String[] { "Mar 2, 2026", "Assessment", "static-99r moderate-high" }, NotesTexts.timelineRow(english,
                new TimelineEntry(DAY, TimelineEntry.Kind.ASSESSMENT, "static-99r moderate-high", "a1"), Locale.ENGLISH));
        // a label the part does not know is shown as it is rather than lost
        assertEquals("SOMETHING_NEW", NotesTexts.timelineRow(english,
                new TimelineEntry(DAY, TimelineEntry.Kind.FLAG_RESOLVED, "SOMETHING_NEW", "f2"), Locale.ENGLISH)[2]);
    }

    @Test
    void theAttendanceRateIsAWholePercentageOrSaysThereIsNoneYet() {
        assertEquals("Attendance rate: 67 % of the sessions held or missed", NotesTexts.rate(english, OptionalDouble.of(2.0 / 3)));
        assertEquals(english.timeline_rate_none, NotesTexts.rate(english, OptionalDouble.empty()));
    }

    @Test
    void theHistoryListsTheSignedTextThenEachAmendmentWithWhoWhenAndWhy() {
        Instant signedAt = Instant.parse("2026-03-02T15:30:00Z");
        Amendment first = new Amendment("a1", "ines.clinician", signedAt.plusSeconds(3600), "wrong day of the next session",
                Map.of("plan", "Next session on Thursday."));
        Note note = new Note("n1", "s1", "session-note", "ines.clinician", Map.of("plan", "Next session on Tuesday."), signedAt,
                Optional.of(signedAt), List.of(first));

        List<String[]> rows = NotesTexts.history(english, note, Locale.ENGLISH);

        assertEquals(2, rows.size());
        assertEquals("As signed", rows.get(0)[0]);
        assertEquals("ines.clinician", rows.get(0)[1]);
        assertEquals("", rows.get(0)[3]);
        assertEquals("Amendment 1", rows.get(1)[0]);
        assertEquals("wrong day of the next session", rows.get(1)[3]);
        assertEquals("Next session on Tuesday.", NotesTexts.versionSections(note, 0).get("plan"));
        assertEquals("Next session on Thursday.", NotesTexts.versionSections(note, 1).get("plan"));
    }

    @Test
    void aDraftHasNoHistory() {
        Note draft = new Note("n1", "s1", "session-note", "ines.clinician", Map.of(), Instant.EPOCH, Optional.empty(), List.of());
        assertTrue(NotesTexts.history(english, draft, Locale.ENGLISH).isEmpty());
    }

    @Test
    void aVersionIsShownSectionBySectionUnderTheHeadingsOfTheTemplateInTheUsersLanguage() {
        NoteTemplate template = new NoteTemplate("session-note", "1", Map.of("en", "Session note"), List.of(), List.of(
                new NoteTemplate.Section("presentation", Map.of("en", "Presentation", "fr", "Présentation"), Map.of("en", "How"), true),
                new NoteTemplate.Section("plan", Map.of("en", "Plan"), Map.of("en", "Next"), true)));
        assertEquals("Présentation\nCalme.\n\nPlan\nJeudi.", NotesTexts.versionText(template,
                Map.of("presentation", "Calme.", "plan", "Jeudi."), Locale.FRENCH));
    }

    @Test
    void attendeesAreCommaSeparatedCodesAndGoalsOnePerLine() {
        assertEquals(List.of("AAAA-BBBB", "CCCC-DDDD"), NotesTexts.codes(" AAAA-BBBB, ,CCCC-DDDD ,"));
        assertEquals(List.of(), NotesTexts.codes("  "));
        assertEquals(List.of("Victim empathy", "Relapse plan"), NotesTexts.lines("Victim empathy\n\n  Relapse plan  \n"));
    }

    @Test
    void refusalsAreSaidInPlainWordsAndUnexpectedFailuresAreNot() {
        assertEquals(english.notes_denied, NotesTexts.refusal(english, new AccessDeniedException(Action.READ, DataClass.CLINICAL_NOTE)));
        assertEquals(english.notes_gone, NotesTexts.refusal(english, new NoSuchElementException("There is no such case.")));
        assertEquals("Not done: The section plan must be written before the note is signed.", NotesTexts.refusal(english,
                new IllegalStateException("The section plan must be written before the note is signed.")));
        assertEquals("Non fait\u00a0: The client code is not well formed.", NotesTexts.refusal(french,
                new IllegalArgumentException("The client code is not well formed.")));
        assertNull(NotesTexts.refusal(english, new UnsupportedOperationException("database down")));
    }

    @Test
    void everyModalityAttendanceAndRiskHasATextInEveryLanguage() {
        for (NotesMessages messages : List.of(english, french)) {
            for (Modality modality : Modality.values()) {
                assertTrue(!NotesTexts.modality(messages, modality).isBlank(), modality.name());
            }
            for (Attendance attendance : Attendance.values()) {
                assertTrue(!NotesTexts.attendance(messages, attendance).isBlank(), attendance.name());
            }
            for (RiskFlagKind kind : RiskFlagKind.values()) {
                assertTrue(!NotesTexts.risk(messages, kind).isBlank(), kind.name());
            }
        }
    }

    @Test
    void anAlertNamesTheClientOfItsCase() {
        RiskFlag flag = new RiskFlag("f1", "case-1", RiskFlagKind.ESCALATING_RISK, "ines.clinician", Instant.parse("2026-03-02T15:30:00Z"),
                Optional.empty(), Optional.empty());
        String[] row = NotesTexts.alertRow(english, flag, Map.of("case-1", NotesTexts.client(FILE)), Locale.ENGLISH);
        assertEquals(NotesTexts.client(FILE), row[1]);
        assertEquals("Escalating risk", row[2]);
        assertEquals(NotesTexts.NONE, NotesTexts.alertRow(english, flag, Map.of(), Locale.ENGLISH)[1]);
    }

    @Test
    void aSearchResultNamesTheClientTheDayAndWhetherANoteOrAnAttachedFileHoldsTheWords() {
        NoteHit inNote = new NoteHit("n1", null, "s1", "case-1", DAY, "<mark>calme</mark>");
        NoteHit inFile = new NoteHit(null, "a1", "s1", "case-1", DAY, "<mark>lettre</mark>");
        Map<String, String> clients = Map.of("case-1", NotesTexts.client(FILE));
        assertArrayEquals(new String[] { NotesTexts.client(FILE), "2 mars 2026", "Note", "calme" },
                NotesTexts.hitRow(french, inNote, clients, Locale.FRENCH, "calme"));
        assertEquals("Fichier joint", NotesTexts.hitRow(french, inFile, clients, Locale.FRENCH, "lettre")[2]);
        assertEquals(NotesTexts.NONE, NotesTexts.hitRow(english, inNote, Map.of(), Locale.ENGLISH, "calme")[0]);
    }

    @Test
    void anAttachedFileShowsItsNameSizeAndWhetherItsTextWasReadOrWhyNot() {
        Attachment letter = new Attachment("a1", "s1", "lettre-du-juge.pdf", "application/pdf", 48_213, "ines.clinician", Instant.EPOCH,
                Optional.empty());
        Attachment locked = new Attachment("a2", "s1", "rapport.pdf", "application/pdf", 3_500_000, "ines.clinician", Instant.EPOCH,
                Optional.of("encrypted: the file is protected by a password"));
        assertArrayEquals(new String[] { "lettre-du-juge.pdf", "48 KB", "Read for search" },
                NotesTexts.attachmentRow(english, letter, Locale.ENGLISH));
        assertArrayEquals(new String[] { "rapport.pdf", "3,3 Mo", "Pas de recherche possible\u00a0: encrypted: the file is protected by a password" },
                NotesTexts.attachmentRow(french, locked, Locale.FRENCH));
    }

    @Test
    void sizesAreInBytesThenWholeKilobytesRoundedUpThenMegabytesWithOneDecimal() {
        assertEquals("0 B", NotesTexts.size(english, 0, Locale.ENGLISH));
        assertEquals("1023 B", NotesTexts.size(english, 1023, Locale.ENGLISH));
        assertEquals("1 KB", NotesTexts.size(english, 1024, Locale.ENGLISH));
        assertEquals("2 KB", NotesTexts.size(english, 1025, Locale.ENGLISH));
        assertEquals("1024 KB", NotesTexts.size(english, (1L << 20) - 1, Locale.ENGLISH));
        assertEquals("1.0 MB", NotesTexts.size(english, 1L << 20, Locale.ENGLISH));
        assertEquals("20,0 Mo", NotesTexts.size(french, 20L << 20, Locale.FRENCH));
    }
}
