package org.lanterne.literature.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionExpiredException;
import org.lanterne.literature.api.Facet;
import org.lanterne.literature.api.FileOutcome;
import org.lanterne.literature.api.ImportReport;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.SortOrder;
import org.lanterne.ui.testing.UiResources;

/** The Library part's words for records, facets, imports and refusals, and who may do what. */
class LiteratureTextsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static LiteratureMessages messages;

    /** The literature line of the permission matrix: researchers read, create and update; three roles read. */
    private static final AccessPolicy MATRIX = new AccessPolicy() {
        @Override
        public boolean allows(Set<Role> roles, Action action, DataClass dataClass) {
            return dataClass == DataClass.LITERATURE && (roles.contains(Role.RESEARCHER)
                    ? Set.of(Action.READ, Action.CREATE, Action.UPDATE).contains(action)
                    : action == Action.READ && roles.stream().anyMatch(Set.of(Role.CLINICIAN, Role.SUPERVISOR, Role.PROGRAMME_LEAD)::contains));
        }

        @Override
        public void check(Session session, Action action, DataClass dataClass) {
            if (!allows(session.roles(), action, dataClass)) {
                throw new AccessDeniedException(action, dataClass);
            }
        }
    };

    @BeforeAll
    static void english() throws Exception {
        messages = UiResources.of(LiteratureTextsTest.class).english(LiteratureMessages.class);
    }

    private static Session session(Role... roles) {
        return new Session("t".repeat(43), "someone", Set.of(roles), NOW, NOW.plusSeconds(1800));
    }

    @Test
    void researchersImportAndCorrectWhileCliniciansSupervisorsAndLeadsOnlyRead() {
        for (Role reader : List.of(Role.CLINICIAN, Role.SUPERVISOR, Role.PROGRAMME_LEAD)) {
            assertTrue(LibraryAccess.reads(MATRIX, session(reader)), reader.name());
            assertEquals(false, LibraryAccess.imports(MATRIX, session(reader)), reader.name());
            assertEquals(false, LibraryAccess.corrects(MATRIX, session(reader)), reader.name());
        }
        assertTrue(LibraryAccess.imports(MATRIX, session(Role.RESEARCHER)));
        assertTrue(LibraryAccess.corrects(MATRIX, session(Role.RESEARCHER)));
        assertEquals(false, LibraryAccess.reads(MATRIX, session(Role.ADMINISTRATOR)));
        assertEquals(false, LibraryAccess.reads(MATRIX, null));
        assertEquals(false, LibraryAccess.reads(null, session(Role.RESEARCHER)));
    }

    @Test
    void refusalsAreToldInPlainWordsAndOtherFailuresAreNot() {
        assertEquals(messages.library_session_ended,
                LiteratureTexts.refusal(messages, new SessionExpiredException(Action.CREATE, DataClass.LITERATURE)));
        assertEquals(messages.library_denied,
                LiteratureTexts.refusal(messages, new AccessDeniedException(Action.CREATE, DataClass.LITERATURE)));
        assertNull(LiteratureTexts.refusal(messages, new IllegalStateException("index closed")));
    }

    @Test
    void aResultRowGivesTitleAuthorsYearAndLanguageByName() {
        LiteratureRecord record = new LiteratureRecord("lit-1", "Portail", List.of("IWF", "Amane"), OptionalInt.of(2021),
                Optional.empty(), "fr", "pdf", Set.of(), Optional.empty(), "portail.pdf", "0".repeat(64));
        assertArrayEquals(new String[] { "Portail", "IWF; Amane", "2021", "French" }, LiteratureTexts.row(messages, record));
        LiteratureRecord bare = new LiteratureRecord("lit-2", "Sans date", List.of(), OptionalInt.empty(), Optional.empty(), "xx",
                "text", Set.of(), Optional.empty(), "x.txt", "0".repeat(64));
        assertArrayEquals(new String[] { "Sans date", LiteratureTexts.NONE, LiteratureTexts.NONE, "xx" }, LiteratureTexts.row(messages, bare));
    }

    @Test
    void facetsValuesAndOrdersHaveWords() {
        assertEquals("Arabic (2)", LiteratureTexts.facetValue(messages, Facet.LANGUAGE, "ar", 2));
        assertEquals("2024 (5)", LiteratureTexts.facetValue(messages, Facet.YEAR, "2024", 5));
        for (Facet facet : Facet.values()) {
            assertTrue(!LiteratureTexts.facet(messages, facet).isBlank(), facet.name());
        }
        for (SortOrder order : SortOrder.values()) {
            assertTrue(!LiteratureTexts.sort(messages, order).isBlank(), order.name());
        }
        for (String code : LiteratureTexts.LANGUAGES) {
            assertTrue(!LiteratureTexts.language(messages, code).equals(code), code);
        }
    }

    @Test
    void theTotalSaysHowManyMatchAndHowManyAreShown() {
        assertEquals(messages.library_total_none, LiteratureTexts.total(messages, 0, 0));
        assertEquals(messages.library_total_one, LiteratureTexts.total(messages, 1, 1));
        assertEquals("60 records match; 25 shown.", LiteratureTexts.total(messages, 60, 25));
    }

    @Test
    void theImportSummaryCountsEachOutcomeAndSaysWhenItWasCancelled() {
        ImportReport report = new ImportReport(List.of(FileOutcome.imported("a.pdf", "lit-1"),
                FileOutcome.duplicate("b.pdf", "lit-1", "same content"), FileOutcome.rejected("c.pdf", "empty file (0 bytes)"),
                FileOutcome.imported("d.pdf", "lit-2")), 6, true);
        assertEquals("Imported: 2. Duplicates: 1. Failed: 1. " + messages.import_cancelled, LiteratureTexts.summary(messages, report));
        for (FileOutcome.Status status : FileOutcome.Status.values()) {
            assertTrue(!LiteratureTexts.outcome(messages, status).isBlank(), status.name());
        }
    }

    @Test
    void placeholdersAreFilledWithoutMessageFormatQuoting() {
        assertEquals("L'import de 3 fichiers sur 4 ($1)", LiteratureTexts.format("L'import de {0} fichiers sur {1} ({2})", "3", "4", "$1"));
    }
}
