package org.lanterne.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lanterne.itest.Framework.await;
import static org.lanterne.itest.Framework.bundle;
import static org.lanterne.itest.Framework.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.lanterne.audit.api.AuditEvent;
import org.lanterne.audit.api.Outcome;
import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionService;
import org.lanterne.instruments.api.InvalidAnswersException;
import org.lanterne.instruments.api.ScoreResult;
import org.lanterne.selfhelp.api.Count;
import org.lanterne.selfhelp.api.Enrolment;
import org.lanterne.selfhelp.api.Indicators;
import org.lanterne.selfhelp.api.ParticipantSession;
import org.lanterne.selfhelp.api.ParticipantSessionExpiredException;
import org.lanterne.selfhelp.api.Profile;
import org.lanterne.selfhelp.api.Progress;
import org.lanterne.selfhelp.api.ResumeRefusedException;
import org.lanterne.selfhelp.api.SelfHelpIndicators;
import org.lanterne.selfhelp.api.SelfHelpParticipants;
import org.lanterne.selfhelp.api.SelfHelpProgrammes;
import org.lanterne.selfhelp.api.SelfHelpRefusedException;
import org.lanterne.selfhelp.api.SelfHelpRefusedException.Reason;
import org.lanterne.selfhelp.api.SelfHelpShares;
import org.lanterne.selfhelp.api.SharedProgress;
import org.lanterne.store.api.PersistenceService;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.junit5.context.BundleContextExtension;

import jakarta.persistence.EntityManagerFactory;

/**
 * Anonymous self-help participants on the installation's database (encrypted Derby, then
 * PostgreSQL): enrolment and resumption, progress, scored questionnaires, sharing with one
 * clinician, indicators with small counts withheld, and withdrawal that leaves no row behind and no
 * code in the audit trail. The database outlives each test, so each makes its own participants.
 */
@ExtendWith(BundleContextExtension.class)
class SelfHelpIT {

    private static final String PROGRAMME = "taking-care";
    private static final Path PROGRAMMES = Path.of(System.getProperty("lanterne.data")).toAbsolutePath().resolve("programmes");
    private static final List<String> CHILD_TABLES = List.of("LANTERNE_SELFHELP_MODULE_DONE", "LANTERNE_SELFHELP_ANSWER", "LANTERNE_SELFHELP_SHARE");

    @InjectBundleContext
    BundleContext context;

    @Test
    void aParticipantEnrolsAndResumesWithTheCodeAndPassphraseOnly() throws Exception {
        SelfHelpParticipants participants = participants();
        Enrolment enrolment = participants.enrol(PROGRAMME, "ar", true, new Profile("25-34", "MA", "helpline"), "blue lantern".toCharArray());

        assertTrue(enrolment.resumeCode().matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}"), enrolment.resumeCode());
        assertFalse(enrolment.toString().contains(enrolment.resumeCode()));
        String typed = enrolment.resumeCode().replace("-", " ").toLowerCase();
        ParticipantSession resumed = participants.resume(typed, "blue lantern".toCharArray());
        assertEquals("ar", resumed.language());
        assertEquals(PROGRAMME, resumed.programme());

        assertThrows(ResumeRefusedException.class, () -> participants.resume(enrolment.resumeCode(), "red lantern".toCharArray()));
        assertThrows(ResumeRefusedException.class, () -> participants.resume(enrolment.resumeCode(), null));
        ResumeRefusedException unknown = assertThrows(ResumeRefusedException.class,
                () -> participants.resume("0000-0000-0000-0000-0000", "blue lantern".toCharArray()));
        assertEquals("Unknown code or wrong passphrase.", unknown.getMessage());
        assertRefused(Reason.CODE_MALFORMED, () -> participants.resume("not a code", null));

        assertTrue(service(context, SessionService.class).validate(resumed.token()).isEmpty(), "a participant token is no staff token");
        participants.signOut(resumed);
        assertThrows(ParticipantSessionExpiredException.class, () -> participants.progress(resumed));
        assertEquals(PROGRAMME, participants.progress(enrolment.session()).programme(), "the other session goes on");
    }

    @Test
    void enrolmentNeedsConsentAndValuesFromTheListsAndStoresNothingOtherwise() throws Exception {
        SelfHelpParticipants participants = participants();
        assertRefused(Reason.CONSENT_REQUIRED, () -> participants.enrol(PROGRAMME, "fr", false, Profile.NONE, null));
        assertEquals(List.of("fr, en, ar"), assertRefused(Reason.LANGUAGE_NOT_OFFERED, () -> participants.enrol(PROGRAMME, "de", true, Profile.NONE, null)));
        assertEquals("ageBand", assertRefused(Reason.VALUE_NOT_OFFERED, () -> participants.enrol(PROGRAMME, "fr", true, new Profile("23", null, null), null))
                .get(0));
        assertEquals("country", assertRefused(Reason.VALUE_NOT_OFFERED,
                () -> participants.enrol(PROGRAMME, "fr", true, new Profile(null, "Morocco", null), null)).get(0));
        assertEquals(List.of("no-such-programme"), assertRefused(Reason.UNKNOWN_PROGRAMME,
                () -> participants.enrol("no-such-programme", "fr", true, Profile.NONE, null)));
        Enrolment withoutPassphrase = participants.enrol(PROGRAMME, "en", true, null, new char[0]);
        assertEquals(PROGRAMME, participants.resume(withoutPassphrase.resumeCode(), null).programme());
    }

    @Test
    void progressModulesAndAScoredQuestionnaire() throws Exception {
        SelfHelpParticipants participants = participants();
        ParticipantSession session = participants.enrol(PROGRAMME, "fr", true, Profile.NONE, null).session();

        assertEquals("Vous n'êtes pas seul·e", participants.module(session, "not-alone", "fr").title());
        assertTrue(participants.module(session, "coping", "ar").pages().get(0).html().startsWith("<p>"));
        participants.moduleDone(session, "not-alone");
        participants.moduleDone(session, "coping");
        participants.moduleDone(session, "coping");
        assertRefused(Reason.UNKNOWN_MODULE, () -> participants.moduleDone(session, "no-such-module"));

        ScoreResult scored = participants.answer(session, "weekly-start", Map.of("urges", "2", "coping", "2", "mood", "1", "alone", "1"));
        assertEquals(6, scored.totals().get("total"));
        assertEquals("mixed", scored.band().code());
        InvalidAnswersException invalid = assertThrows(InvalidAnswersException.class,
                () -> participants.answer(session, "weekly-after-coping", Map.of("urges", "9")));
        assertFalse(invalid.result().errors().isEmpty());

        Progress progress = participants.progress(session);
        assertEquals(0.5, progress.progress());
        assertEquals(List.of(true, false, true, false), progress.modules().stream().map(m -> m.done()).toList());
        assertEquals(List.of(true, false, false), progress.questionnaires().stream().map(q -> q.done()).toList());
        assertEquals(List.of(false, true, false), progress.questionnaires().stream().map(q -> q.due()).toList(),
                "the questionnaire after 'coping' is due, the invalid answers were not kept");
    }

    @Test
    void onlyTheClinicianAParticipantSharedWithReadsTheirProgressAndEachReadIsAudited() throws Exception {
        SelfHelpParticipants participants = participants();
        Session amina = signedIn(Role.CLINICIAN);
        Session other = signedIn(Role.CLINICIAN);
        ParticipantSession session = participants.enrol(PROGRAMME, "fr", true, Profile.NONE, null).session();
        participants.moduleDone(session, "not-alone");
        participants.share(session, amina.user().toUpperCase());
        participants.share(session, amina.user());
        assertRefused(Reason.CLINICIAN_NAME, () -> participants.share(session, "x"));

        SelfHelpShares shares = service(context, SelfHelpShares.class);
        List<SharedProgress> shared = shares.sharedWith(amina);
        assertEquals(1, shared.size());
        assertEquals(0.25, shared.get(0).progress().progress());
        assertEquals(List.of(), shares.sharedWith(other));
        Session researcher = signedIn(Role.RESEARCHER);
        assertThrows(AccessDeniedException.class, () -> shares.sharedWith(researcher));

        List<AuditEvent> reads = events().stream().filter(e -> e.actor().equals(amina.user()) && e.action().startsWith("selfhelp.")).toList();
        assertEquals(1, reads.size());
        assertEquals("selfhelp.shared-read", reads.get(0).action());
        assertEquals(enrolmentId(session), reads.get(0).recordId());
        assertTrue(events().stream().anyMatch(e -> e.actor().equals(researcher.user()) && e.outcome() == Outcome.DENIED));
    }

    @Test
    void indicatorsCountParticipantsAndWithholdCountsFromOneToFour() throws Exception {
        String programme = "indicators-" + UUID.randomUUID().toString().substring(0, 8);
        Path file = dropProgramme(programme);
        try {
            SelfHelpParticipants participants = participants();
            for (int i = 0; i < 6; i++) {
                ParticipantSession session = participants.enrol(programme, "en", true, Profile.NONE, null).session();
                if (i < 3) {
                    participants.moduleDone(session, "understanding");
                }
            }
            SelfHelpIndicators indicators = service(context, SelfHelpIndicators.class);
            Indicators table = indicators.indicators(signedIn(Role.PROGRAMME_LEAD), programme);

            assertEquals(new Count(6), table.enrolments());
            assertEquals(List.of(new Count(null), new Count(0)), table.modules().stream().map(s -> s.count()).toList(), "3 is withheld, 0 is not");
            assertEquals(new Count(0), table.completed());
            assertEquals(1, table.enrolmentsByMonth().size());
            assertEquals(new Count(6), table.enrolmentsByMonth().get(0).count());
            assertThrows(AccessDeniedException.class, () -> indicators.indicators(Framework.administrator(context), programme));
            assertThrows(NoSuchElementException.class, () -> indicators.indicators(signedIn(Role.RESEARCHER), "no-such-programme"));
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void withdrawalErasesEveryRowAndTheAuditTrailNeverHoldsTheCode() throws Exception {
        SelfHelpParticipants participants = participants();
        Enrolment enrolment = participants.enrol(PROGRAMME, "fr", true, new Profile("35-44", "FR", "other"), "quiet harbour".toCharArray());
        ParticipantSession session = enrolment.session();
        participants.moduleDone(session, "not-alone");
        participants.answer(session, "weekly-start", Map.of("urges", "0", "coping", "1", "mood", "0", "alone", "0"));
        participants.share(session, signedIn(Role.CLINICIAN).user());
        String id = enrolmentId(session);
        assertEquals(List.of(1, 1, 1, 1), rowsOf(id));
        long before = lastSequence();

        participants.withdraw(session);

        assertEquals(List.of(0, 0, 0, 0), rowsOf(id));
        assertThrows(ParticipantSessionExpiredException.class, () -> participants.progress(session));
        assertThrows(ResumeRefusedException.class, () -> participants.resume(enrolment.resumeCode(), "quiet harbour".toCharArray()));
        List<AuditEvent> after = events().stream().filter(e -> e.sequence() > before).toList();
        AuditEvent withdrawal = after.stream().filter(e -> e.action().equals("selfhelp.withdraw")).findFirst().orElseThrow();
        assertEquals("participant", withdrawal.actor());
        assertEquals("enrolment", withdrawal.recordType());
        assertNull(withdrawal.recordId());
        String bare = enrolment.resumeCode().replace("-", "");
        for (AuditEvent event : events()) {
            String fields = String.join("|", event.actor(), event.action(), String.valueOf(event.recordType()), String.valueOf(event.recordId()));
            assertFalse(fields.toUpperCase().contains(enrolment.resumeCode()) || fields.toUpperCase().replace("-", "").contains(bare),
                    "event " + event.sequence() + " holds the resume code");
            assertFalse(fields.contains("quiet harbour"));
        }
    }

    /** @return the rows of the enrolment in the enrolment table and in each child table */
    private List<Integer> rowsOf(String enrolmentId) throws Exception {
        EntityManagerFactory database = service(context, PersistenceService.class)
                .open(bundle(context, "org.lanterne.selfhelp.provider"), "lanterne.selfhelp");
        try {
            List<Integer> rows = new ArrayList<>();
            rows.add(count(database, "SELECT COUNT(*) FROM LANTERNE_SELFHELP_ENROLMENT WHERE ID = ?", enrolmentId));
            for (String table : CHILD_TABLES) {
                rows.add(count(database, "SELECT COUNT(*) FROM " + table + " WHERE ENROLMENT_ID = ?", enrolmentId));
            }
            return rows;
        } finally {
            database.close();
        }
    }

    /** @return the details of the refusal, after checking its reason */
    private static List<String> assertRefused(Reason reason, Executable call) {
        SelfHelpRefusedException refused = assertThrows(SelfHelpRefusedException.class, call);
        assertEquals(reason, refused.reason(), refused.getMessage());
        return refused.details();
    }

    private static int count(EntityManagerFactory database, String query, String enrolmentId) throws Exception {
        return Framework.sql(database, c -> {
            try (PreparedStatement statement = c.prepareStatement(query)) {
                statement.setString(1, enrolmentId);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getInt(1);
                }
            }
        });
    }

    /** @return the enrolment's random id, as the audit trail names it: the last participant event before this call */
    private String enrolmentId(ParticipantSession session) throws Exception {
        participants().progress(session);
        List<AuditEvent> all = events();
        return all.stream().filter(e -> e.action().equals("selfhelp.progress")).reduce((a, b) -> b).orElseThrow().recordId();
    }

    /** Drops a copy of the parents programme under another id into the programmes folder and waits until it is offered. */
    private Path dropProgramme(String id) throws Exception {
        String json;
        try (var builtIn = bundle(context, "org.lanterne.selfhelp.provider").getEntry("programmes/parents-worried.json").openStream()) {
            json = new String(builtIn.readAllBytes(), StandardCharsets.UTF_8).replace("\"id\": \"parents-worried\"", "\"id\": \"" + id + "\"");
        }
        Files.createDirectories(PROGRAMMES);
        Path file = PROGRAMMES.resolve(id + ".json");
        Path temporary = PROGRAMMES.resolve("." + id + ".json.part");
        Files.writeString(temporary, json);
        Files.move(temporary, file);
        SelfHelpProgrammes programmes = service(context, SelfHelpProgrammes.class);
        await("the dropped programme is offered", () -> programmes.get(id).isPresent());
        return file;
    }

    private SelfHelpParticipants participants() throws InterruptedException {
        return service(context, SelfHelpParticipants.class);
    }

    private Session signedIn(Role role) throws InterruptedException {
        return Framework.signedIn(context, role);
    }

    private long lastSequence() throws InterruptedException {
        List<AuditEvent> all = events();
        return all.isEmpty() ? 0 : all.get(all.size() - 1).sequence();
    }

    private List<AuditEvent> events() throws InterruptedException {
        return Framework.auditEvents(context);
    }
}
