package org.lanterne.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lanterne.itest.Framework.bundle;
import static org.lanterne.itest.Framework.service;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lanterne.audit.api.AuditEvent;
import org.lanterne.audit.api.AuditTrail;
import org.lanterne.audit.api.ChainVerification;
import org.lanterne.audit.api.Outcome;
import org.lanterne.store.api.PersistenceService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

import jakarta.persistence.EntityManagerFactory;

/**
 * The audit trail on the encrypted Derby database, with its table created by its migration
 * script, tampered with through plain SQL as someone with access to the database could. Each test
 * puts back what it changed, so that the trail is intact again for the next.
 */
@ExtendWith({ BundleContextExtension.class, ServiceExtension.class })
class AuditTrailIT {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 15000)
    PersistenceService persistence;

    private EntityManagerFactory database;

    @BeforeEach
    void openTheUnitForPlainSql() {
        database = persistence.open(bundle(context, "org.lanterne.audit.provider"), "lanterne.audit");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void eventsAreChainedInOrderAndTheTrailIsIntact() throws Exception {
        AuditTrail trail = service(context, AuditTrail.class);

        AuditEvent first = trail.record("amina", "read", "assessment", "K3Q8", Outcome.SUCCESS);
        AuditEvent second = trail.record("participant", "update", "diary", "M2T7", Outcome.DENIED);

        assertEquals(first.sequence() + 1, second.sequence());
        assertEquals(first.hash(), second.previousHash());
        assertEquals(List.of(first, second), trail.read(first.sequence(), 2));
        ChainVerification verification = trail.verify();
        assertTrue(verification.intact(), verification::reason);
        assertTrue(verification.eventsChecked() >= 2);
    }

    @Test
    void eventsRecordedByManyCallersAtOnceAreEachStoredOnceInOneIntactChain() throws Exception {
        AuditTrail trail = service(context, AuditTrail.class);
        int callers = 16;
        int perCaller = 25;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<List<AuditEvent>>> recorded = new ArrayList<>();
        try {
            for (int c = 0; c < callers; c++) {
                String caller = "C" + c;
                recorded.add(pool.submit(() -> {
                    List<AuditEvent> mine = new ArrayList<>();
                    for (int i = 0; i < perCaller; i++) {
                        mine.add(trail.record("clinician", "read", "note", caller + "-" + i, Outcome.SUCCESS));
                    }
                    return mine;
                }));
            }
            Map<Long, AuditEvent> bySequence = new HashMap<>();
            for (Future<List<AuditEvent>> caller : recorded) {
                for (AuditEvent event : caller.get(60, TimeUnit.SECONDS)) {
                    assertNull(bySequence.put(event.sequence(), event), "sequence " + event.sequence() + " was given twice");
                }
            }

            assertEquals(callers * perCaller, bySequence.size());
            for (AuditEvent event : bySequence.values()) {
                assertEquals(List.of(event), trail.read(event.sequence(), 1));
            }
            ChainVerification verification = trail.verify();
            assertTrue(verification.intact(), verification::reason);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFieldChangedThroughSqlIsReportedAtExactlyThatEvent() throws Exception {
        AuditTrail trail = service(context, AuditTrail.class);
        trail.record("amina", "read", "note", "N1", Outcome.SUCCESS);
        AuditEvent target = trail.record("amina", "read", "note", "N2", Outcome.SUCCESS);
        trail.record("amina", "read", "note", "N3", Outcome.SUCCESS);

        update("UPDATE LANTERNE_AUDIT_EVENT SET ACTOR = 'someone-else' WHERE SEQ_NO = ?", target.sequence());
        try {
            assertBroken(trail.verify(), target.sequence(), "event " + target.sequence() + " was changed");
        } finally {
            update("UPDATE LANTERNE_AUDIT_EVENT SET ACTOR = 'amina' WHERE SEQ_NO = ?", target.sequence());
        }
        assertTrue(trail.verify().intact());
    }

    @Test
    void aDeletedEventIsReportedAsMissing() throws Exception {
        AuditTrail trail = service(context, AuditTrail.class);
        trail.record("system", "export", "dataset", "D1", Outcome.SUCCESS);
        AuditEvent target = trail.record("system", "export", "dataset", "D2", Outcome.FAILED);
        trail.record("system", "export", "dataset", "D3", Outcome.SUCCESS);

        List<Object> row = deleteRow(target.sequence());
        try {
            assertBroken(trail.verify(), target.sequence(), "event " + target.sequence() + " is missing");
        } finally {
            insertRow(row);
        }
        assertTrue(trail.verify().intact());
    }

    @Test
    void removingTheLastEventIsCaughtByTheAnchor() throws Exception {
        AuditTrail trail = service(context, AuditTrail.class);
        AuditEvent last = trail.record("amina", "delete", "note", "N9", Outcome.SUCCESS);

        List<Object> row = deleteRow(last.sequence());
        try {
            long before = last.sequence() - 1;
            assertBroken(trail.verify(), last.sequence(),
                    "the trail ends at event " + before + " but event " + last.sequence() + " was recorded: the last event is missing");
        } finally {
            insertRow(row);
        }
        assertTrue(trail.verify().intact());
    }

    @Test
    void theChainContinuesWhenTheBundleRestarts() throws Exception {
        AuditEvent before = service(context, AuditTrail.class).record("system", "stop", null, null, Outcome.SUCCESS);

        Bundle provider = bundle(context, "org.lanterne.audit.provider");
        provider.stop();
        provider.start();

        AuditTrail restarted = service(context, AuditTrail.class);
        AuditEvent after = restarted.record("system", "start", null, null, Outcome.SUCCESS);
        assertEquals(before.sequence() + 1, after.sequence());
        assertEquals(before.hash(), after.previousHash());
        assertTrue(restarted.verify().intact(), () -> restarted.verify().reason());
    }

    private static void assertBroken(ChainVerification result, long sequence, String reason) {
        assertFalse(result.intact());
        assertEquals(reason, result.reason());
        assertEquals(OptionalLong.of(sequence), result.firstBrokenSequence());
    }

    private <T> T sql(Framework.Work<T> work) throws SQLException {
        return Framework.sql(database, work);
    }

    private void update(String statement, long sequence) throws SQLException {
        int changed = sql(c -> {
            try (PreparedStatement s = c.prepareStatement(statement)) {
                s.setLong(1, sequence);
                return s.executeUpdate();
            }
        });
        assertEquals(1, changed);
    }

    private List<Object> deleteRow(long sequence) throws SQLException {
        return sql(c -> {
            List<Object> values = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM LANTERNE_AUDIT_EVENT WHERE SEQ_NO = ?")) {
                s.setLong(1, sequence);
                try (ResultSet rows = s.executeQuery()) {
                    assertTrue(rows.next());
                    for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                        values.add(rows.getObject(i));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM LANTERNE_AUDIT_EVENT WHERE SEQ_NO = ?")) {
                s.setLong(1, sequence);
                assertEquals(1, s.executeUpdate());
            }
            return values;
        });
    }

    private void insertRow(List<Object> values) throws SQLException {
        sql(c -> {
            String marks = String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
            try (PreparedStatement s = c.prepareStatement("INSERT INTO LANTERNE_AUDIT_EVENT VALUES (" + marks + ")")) {
                for (int i = 0; i < values.size(); i++) {
                    s.setObject(i + 1, values.get(i));
                }
                return s.executeUpdate();
            }
        });
    }
}
