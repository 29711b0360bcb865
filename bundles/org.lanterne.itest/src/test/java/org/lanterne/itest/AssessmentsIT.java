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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lanterne.audit.api.AuditEvent;
import org.lanterne.audit.api.Outcome;
import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionExpiredException;
import org.lanterne.identity.api.SessionService;
import org.lanterne.instruments.api.Assessment;
import org.lanterne.instruments.api.AssessmentChange;
import org.lanterne.instruments.api.AssessmentRecords;
import org.lanterne.instruments.api.InstrumentCatalog;
import org.lanterne.instruments.api.InvalidAnswersException;
import org.lanterne.instruments.api.RaterAgreement;
import org.lanterne.pseudonym.api.Pseudonyms;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.junit5.context.BundleContextExtension;

/**
 * Assessments recorded, read and compared on the installation's database, with the real
 * permission matrix, audit trail, pseudonyms and instrument catalog. The database outlives each
 * test, so every test makes its own accounts and participant codes.
 */
@ExtendWith(BundleContextExtension.class)
class AssessmentsIT {

    private static final Path FOLDER = Path.of(System.getProperty("lanterne.data")).toAbsolutePath().resolve("instruments");
    private static final LocalDate TODAY = LocalDate.now();

    /** The yes/no items of STATIC-99R worth one point each, in the order {@link #static99r} says yes to them. */
    private static final List<String> ONE_POINT_ITEMS = List.of("indexNonSexualViolence", "priorNonSexualViolence", "nonContactSexOffences",
            "unrelatedVictims", "strangerVictims", "maleVictims");

    @InjectBundleContext
    BundleContext context;

    @Test
    void aClinicianRecordsStatic99rTwiceAndTheHistoryShowsTheChangeAndTheBand() throws Exception {
        Session clinician = signedIn(Role.CLINICIAN);
        AssessmentRecords records = service(context, AssessmentRecords.class);
        String code = newCode();

        // given in lower case without dashes: stored in its written form
        Assessment first = records.record(clinician, code.replace("-", "").toLowerCase(), "static-99r", null, TODAY.minusDays(90),
                static99r(5), null);
        Assessment second = records.record(clinician, code, "static-99r", "2016", TODAY.minusDays(10), static99r(2), null);

        assertEquals(code, first.participantCode());
        assertEquals("2016", first.instrumentVersion());
        assertEquals(clinician.user(), first.rater());
        assertEquals(5, first.total());
        assertEquals("IVa", first.bandCode());

        List<AssessmentChange> history = records.history(clinician, code, "static-99r");
        assertEquals(List.of(first, second), history.stream().map(AssessmentChange::assessment).toList());
        assertNull(history.get(0).totalChange());
        assertEquals(-3, history.get(1).totalChange());
        assertEquals("IVa", history.get(1).previousBand());
        assertEquals("III", history.get(1).assessment().bandCode());
        assertTrue(history.get(1).bandChanged());
        assertEquals(List.of(first, second), records.list(signedIn(Role.SUPERVISOR), code), "a supervisor reads them too");
    }

    @Test
    void recomputingGivesTheStoredResult() throws Exception {
        Session clinician = signedIn(Role.CLINICIAN);
        AssessmentRecords records = service(context, AssessmentRecords.class);
        Assessment stored = records.record(clinician, newCode(), "static-99r", null, TODAY, static99r(6), "pre-2016");

        assertEquals("high", stored.bandCode());
        assertEquals(stored.result(), records.recompute(clinician, stored.id()));
        assertThrows(java.util.NoSuchElementException.class, () -> records.recompute(clinician, UUID.randomUUID().toString()));
    }

    @Test
    void invalidAnswersAreRefusedAndNothingIsStored() throws Exception {
        Session clinician = signedIn(Role.CLINICIAN);
        AssessmentRecords records = service(context, AssessmentRecords.class);
        String code = newCode();
        Map<String, Object> answers = static99r(3);
        answers.put("ageAtRelease", "old");

        InvalidAnswersException refused = assertThrows(InvalidAnswersException.class,
                () -> records.record(clinician, code, "static-99r", null, TODAY, answers, null));

        assertFalse(refused.result().errors().isEmpty());
        assertFalse(refused.getMessage().contains("old"), "answers are not repeated");
        assertTrue(records.list(clinician, code).isEmpty());
    }

    @Test
    void codesDatesAndInstrumentsAreChecked() throws Exception {
        Session clinician = signedIn(Role.CLINICIAN);
        AssessmentRecords records = service(context, AssessmentRecords.class);
        String code = newCode();

        assertThrows(IllegalArgumentException.class, () -> records.record(clinician, code, "static-99r", null, TODAY.plusDays(1), static99r(1), null));
        String mistyped = code.substring(0, code.length() - 1) + (code.endsWith("0") ? "1" : "0");
        assertThrows(IllegalArgumentException.class, () -> records.record(clinician, mistyped, "static-99r", null, TODAY, static99r(1), null));
        assertThrows(java.util.NoSuchElementException.class, () -> records.record(clinician, code, "no-such-instrument", null, TODAY, static99r(1), null));
        assertThrows(java.util.NoSuchElementException.class, () -> records.record(clinician, code, "static-99r", "1999", TODAY, static99r(1), null));
        assertTrue(records.list(clinician, code).isEmpty());

        service(context, SessionService.class).signOut(clinician.token());
        assertThrows(SessionExpiredException.class, () -> records.list(clinician, code));
    }

    @Test
    void aResearcherIsDeniedAndTheRefusalIsAuditedUnderAKeyedHashOfTheCode() throws Exception {
        Session researcher = signedIn(Role.RESEARCHER);
        AssessmentRecords records = service(context, AssessmentRecords.class);
        String code = newCode();

        assertThrows(AccessDeniedException.class, () -> records.record(researcher, code, "static-99r", null, TODAY, static99r(1), null));
        assertThrows(AccessDeniedException.class, () -> records.list(researcher, code));

        String key = service(context, Pseudonyms.class).exportId("audit", code);
        List<AuditEvent> refusals = assessmentEvents(researcher);
        assertEquals(List.of("assessment-record", "assessment-list"), refusals.stream().map(AuditEvent::action).toList());
        assertTrue(refusals.stream().allMatch(e -> e.outcome() == Outcome.DENIED && key.equals(e.recordId())), refusals::toString);
    }

    @Test
    void anAssessmentIsRecomputedWithItsDefinitionAfterTheDefinitionFileIsWithdrawn() throws Exception {
        InstrumentCatalog catalog = service(context, InstrumentCatalog.class);
        String id = "cport-assessed-" + UUID.randomUUID().toString().substring(0, 8);
        String json;
        try (var builtIn = bundle(context, "org.lanterne.instruments.provider").getEntry("definitions/cport.json").openStream()) {
            json = new String(builtIn.readAllBytes(), StandardCharsets.UTF_8).replace("\"id\": \"cport\"", "\"id\": \"" + id + "\"");
        }
        Files.createDirectories(FOLDER);
        Path file = FOLDER.resolve(id + ".json");
        Files.writeString(file, json);
        Assessment stored;
        try {
            await("the dropped definition is listed", catalog::problems, problems -> catalog.get(id).isPresent());
            Map<String, Object> answers = new LinkedHashMap<>();
            catalog.get(id).orElseThrow().items().forEach(item -> answers.put(item.id(), item.id().startsWith("y")));
            stored = service(context, AssessmentRecords.class).record(signedIn(Role.CLINICIAN), newCode(), id, null, TODAY, answers, null);
        } finally {
            Files.delete(file);
        }
        await("the removed definition is withdrawn", () -> catalog.get(id).isEmpty());

        assertEquals(1, stored.total());
        assertEquals(stored.result(), service(context, AssessmentRecords.class).recompute(signedIn(Role.SUPERVISOR), stored.id()));
    }

    @Test
    void twoCliniciansAgreeAsKappaAndIccComputedByHandSay() throws Exception {
        Session ana = signedIn(Role.CLINICIAN);
        Session ben = signedIn(Role.CLINICIAN);
        AssessmentRecords records = service(context, AssessmentRecords.class);
        // Totals (ana, ben) (1,2) (2,2) (3,4) (4,5) (5,5): ICC(2,1) = 15/17, worked by hand in
        // AgreementStatisticsTest of the assessments bundle. 2016 bands: III III III IVa IVa and
        // III III IVa IVa IVa: po = 4/5, pe = (3/5)(2/5) + (2/5)(3/5) = 12/25, kappa = (0.8 - 0.48) / 0.52 = 8/13.
        int[][] totals = { { 1, 2 }, { 2, 2 }, { 3, 4 }, { 4, 5 }, { 5, 5 } };
        for (int[] pair : totals) {
            String code = newCode();
            if (pair[0] == 1) { // an earlier, different view of ana's: only the latest counts
                records.record(ana, code, "static-99r", null, TODAY.minusDays(30), static99r(7), null);
            }
            records.record(ana, code, "static-99r", null, TODAY.minusDays(2), static99r(pair[0]), null);
            records.record(ben, code, "static-99r", null, TODAY.minusDays(1), static99r(pair[1]), null);
        }
        records.record(ana, newCode(), "static-99r", null, TODAY, static99r(0), null); // assessed by ana only

        RaterAgreement agreement = records.agreement(signedIn(Role.SUPERVISOR), "static-99r", ana.user(), ben.user().toUpperCase());

        assertEquals(5, agreement.cases());
        assertEquals(0.8, agreement.bandAgreement(), 1e-12);
        assertEquals(8.0 / 13.0, agreement.kappa(), 1e-12);
        assertEquals(15.0 / 17.0, agreement.icc(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> records.agreement(ana, "static-99r", ana.user(), ana.user()));
    }

    @Test
    void theAuditTrailNamesAssessmentsAndNeverHoldsTheParticipantCode() throws Exception {
        Session clinician = signedIn(Role.CLINICIAN);
        AssessmentRecords records = service(context, AssessmentRecords.class);
        String code = newCode();
        Assessment stored = records.record(clinician, code, "static-99r", null, TODAY, static99r(4), null);
        records.list(clinician, code);
        records.history(clinician, code, "static-99r");
        records.recompute(clinician, stored.id());
        assertThrows(InvalidAnswersException.class, () -> records.record(clinician, code, "static-99r", null, TODAY, Map.of(), null));

        List<AuditEvent> mine = assessmentEvents(clinician);
        assertEquals(List.of("assessment-record", "assessment-list", "assessment-history", "assessment-recompute", "assessment-record"),
                mine.stream().map(AuditEvent::action).toList());
        assertEquals(stored.id(), mine.get(0).recordId());
        assertEquals(Outcome.FAILED, mine.get(4).outcome());
        String bare = code.replace("-", "");
        for (AuditEvent event : events()) {
            String fields = String.join("|", event.actor(), event.action(), String.valueOf(event.recordType()), String.valueOf(event.recordId()));
            assertFalse(fields.toUpperCase().contains(code) || fields.toUpperCase().replace("-", "").contains(bare),
                    "event " + event.sequence() + " holds the participant code");
        }
    }

    /**
     * @param total from 0 to 7
     * @return STATIC-99R answers worth {@code total} points: age 37 (0 points), then "no" to having
     *         lived with a partner (1 point) and "yes" to the one-point items, as many as needed
     */
    private static Map<String, Object> static99r(int total) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("ageAtRelease", 37);
        answers.put("livedWithPartner", total >= 1 ? "no" : "yes");
        answers.put("priorSexOffences", "none");
        answers.put("priorSentencingDates", 1);
        for (int i = 0; i < ONE_POINT_ITEMS.size(); i++) {
            answers.put(ONE_POINT_ITEMS.get(i), i < total - 1);
        }
        return answers;
    }

    private String newCode() throws InterruptedException {
        return service(context, Pseudonyms.class).newCode();
    }

    private Session signedIn(Role role) throws InterruptedException {
        return Framework.signedIn(context, role);
    }

    private List<AuditEvent> assessmentEvents(Session session) throws InterruptedException {
        return events().stream().filter(e -> e.actor().equals(session.user()) && e.action().startsWith("assessment-")).toList();
    }

    private List<AuditEvent> events() throws InterruptedException {
        return Framework.auditEvents(context);
    }
}
