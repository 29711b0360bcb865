package org.lanterne.audit.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lanterne.audit.api.AuditEvent;
import org.lanterne.audit.api.ChainVerification;
import org.lanterne.audit.api.Outcome;

/** The trail on a real encrypted Derby database, tampered with through plain SQL. */
class AuditLogOnDerbyTest {

    @TempDir
    Path folder;

    @Test
    void eventsChainFromGenesisAndReadBackAsStored() throws Exception {
        try (DerbyTrail trail = DerbyTrail.open(folder)) {
            AuditEvent first = trail.log.record("system", "start", null, null, Outcome.SUCCESS);
            AuditEvent second = trail.log.record("amina", "read", "assessment", "Q7K2", Outcome.DENIED);

            assertEquals(1, first.sequence());
            assertEquals(ChainHash.GENESIS, first.previousHash());
            assertEquals(first.hash(), second.previousHash());
            assertEquals(List.of(first, second), trail.log.read(1, 10));
            assertEquals(List.of(second), trail.log.read(2, 10));
            assertTrue(trail.log.verify().intact());
        }
    }

    @Test
    void editedDeletedAndTruncatedRowsAreReportedAndTheChainContinuesAfterARestart() throws Exception {
        try (DerbyTrail trail = DerbyTrail.open(folder)) {
            for (int i = 0; i < 2500; i++) { // more than two verification batches
                trail.log.record("clinician", "read", "assessment", "R" + i, Outcome.SUCCESS);
            }
            assertEquals("all 2500 events are intact", trail.log.verify().reason());

            trail.execute("UPDATE LANTERNE_AUDIT_EVENT SET RECORD_ID = 'R0' WHERE SEQ_NO = 1700");
            assertBroken(trail.log.verify(), 1700, "event 1700 was changed");
            trail.execute("UPDATE LANTERNE_AUDIT_EVENT SET RECORD_ID = 'R1699' WHERE SEQ_NO = 1700");

            trail.execute("UPDATE LANTERNE_AUDIT_EVENT SET OUTCOME = 'MAYBE' WHERE SEQ_NO = 12");
            assertBroken(trail.log.verify(), 12, "event 12 was changed");
            trail.execute("UPDATE LANTERNE_AUDIT_EVENT SET OUTCOME = 'SUCCESS' WHERE SEQ_NO = 12");

            trail.execute("UPDATE LANTERNE_AUDIT_EVENT SET OCCURRED_AT = {fn TIMESTAMPADD(SQL_TSI_SECOND, 1, OCCURRED_AT)} WHERE SEQ_NO = 3");
            assertBroken(trail.log.verify(), 3, "event 3 was changed");
            trail.execute("UPDATE LANTERNE_AUDIT_EVENT SET OCCURRED_AT = {fn TIMESTAMPADD(SQL_TSI_SECOND, -1, OCCURRED_AT)} WHERE SEQ_NO = 3");
            assertTrue(trail.log.verify().intact());

            trail.execute("DELETE FROM LANTERNE_AUDIT_EVENT WHERE SEQ_NO = 1001");
            assertBroken(trail.log.verify(), 1001, "event 1001 is missing");

            trail.execute("DELETE FROM LANTERNE_AUDIT_EVENT WHERE SEQ_NO > 2400");
            assertBroken(trail.log.verify(), 1001, "event 1001 is missing");
        }
        try (DerbyTrail reopened = DerbyTrail.open(folder)) {
            // Numbering goes on after the anchor, so the removed tail stays visible as a gap.
            assertEquals(2501, reopened.log.record("system", "start", null, null, Outcome.SUCCESS).sequence());
        }
    }

    @Test
    void removingTheLastEventsIsCaughtByTheAnchor() throws Exception {
        try (DerbyTrail trail = DerbyTrail.open(folder)) {
            for (int i = 0; i < 20; i++) {
                trail.log.record("clinician", "read", "note", "N" + i, Outcome.SUCCESS);
            }
            trail.execute("DELETE FROM LANTERNE_AUDIT_EVENT WHERE SEQ_NO > 17");

            assertBroken(trail.log.verify(), 18, "the trail ends at event 17 but event 20 was recorded: the last 3 events are missing");
        }
    }

    @Test
    void theChainContinuesAcrossARestart() throws Exception {
        AuditEvent last;
        try (DerbyTrail trail = DerbyTrail.open(folder)) {
            trail.log.record("system", "start", null, null, Outcome.SUCCESS);
            last = trail.log.record("amina", "update", "note", "N1", Outcome.FAILED);
        }
        try (DerbyTrail reopened = DerbyTrail.open(folder)) {
            AuditEvent next = reopened.log.record("amina", "read", "note", "N1", Outcome.SUCCESS);

            assertEquals(3, next.sequence());
            assertEquals(last.hash(), next.previousHash());
            assertEquals("all 3 events are intact", reopened.log.verify().reason());
        }
    }

    @Test
    void invalidFieldsAreRefusedWithoutEchoingThemAndNothingIsStored() throws Exception {
        try (DerbyTrail trail = DerbyTrail.open(folder)) {
            IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                    () -> trail.log.record("x".repeat(65), "read", null, null, Outcome.SUCCESS));
            assertFalse(tooLong.getMessage().contains("xxx"));
            assertThrows(IllegalArgumentException.class, () -> trail.log.record("amina", "read\n", null, null, Outcome.SUCCESS));
            assertThrows(IllegalArgumentException.class, () -> trail.log.record(" ", "read", null, null, Outcome.SUCCESS));
            assertThrows(IllegalArgumentException.class, () -> trail.log.record("amina", "read", null, null, null));
            assertThrows(IllegalArgumentException.class, () -> trail.log.read(1, 0));

            assertEquals(List.of(), trail.log.read(1, 10));
            assertEquals(1, trail.log.record("amina", "read", null, null, Outcome.SUCCESS).sequence());
        }
    }

    private static void assertBroken(ChainVerification result, long sequence, String reason) {
        assertFalse(result.intact());
        assertEquals(reason, result.reason());
        assertEquals(OptionalLong.of(sequence), result.firstBrokenSequence());
    }
}
