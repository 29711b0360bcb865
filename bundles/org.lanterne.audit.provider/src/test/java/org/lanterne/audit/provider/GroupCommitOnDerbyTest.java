package org.lanterne.audit.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lanterne.audit.api.AuditEvent;
import org.lanterne.audit.api.Outcome;

/**
 * Group commit on a real encrypted Derby database. To hold a batch in the database at a chosen
 * moment, a second connection locks the table: the appender's insert then waits for that lock
 * while other events queue behind it.
 */
class GroupCommitOnDerbyTest {

    @TempDir
    Path folder;

    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void eventsRecordedByManyThreadsAtOnceAreEachStoredOnceInOneIntactChainAnchoredAtItsHead() throws Exception {
        int threads = 16;
        int perThread = 60;
        try (DerbyTrail trail = DerbyTrail.open(folder)) {
            List<Future<List<AuditEvent>>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                writers.add(callers.submit(() -> {
                    List<AuditEvent> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(trail.log.record("clinician", "read", "note", "T" + thread + "-" + i, Outcome.SUCCESS));
                    }
                    return mine;
                }));
            }
            Set<Long> sequences = new HashSet<>();
            AuditEvent head = null;
            for (Future<List<AuditEvent>> writer : writers) {
                List<AuditEvent> mine = writer.get();
                for (int i = 1; i < mine.size(); i++) { // one caller's events are stored in the order it recorded them
                    assertTrue(mine.get(i).sequence() > mine.get(i - 1).sequence());
                }
                for (AuditEvent event : mine) {
                    assertTrue(sequences.add(event.sequence()), "sequence " + event.sequence() + " was given twice");
                    head = head == null || event.sequence() > head.sequence() ? event : head;
                }
            }

            int total = threads * perThread;
            List<AuditEvent> stored = trail.log.read(1, total + 1);
            assertEquals(total, stored.size());
            assertEquals(total, stored.stream().map(AuditEvent::recordId).distinct().count());
            assertEquals(total, stored.get(total - 1).sequence());
            assertEquals("all " + total + " events are intact", trail.log.verify().reason());
            assertEquals(AnchorReading.valid(total, head.hash()), trail.anchor.read());
        }
    }

    @Test
    void aBatchThatCannotBeStoredFailsEveryCallerInItWithTheSameFailureAndStoresNoneOfIt() throws Exception {
        try (DerbyTrail trail = DerbyTrail.open(folder)) {
            trail.log.record("system", "start", null, null, Outcome.SUCCESS);
            Future<AuditEvent> held;
            List<Future<AuditEvent>> queued = new ArrayList<>();
            try (Connection locker = lockTheTable(trail)) {
                // A second writer takes sequence number 3, which the queued batch will need too.
                try (Statement s = locker.createStatement()) {
                    s.executeUpdate("INSERT INTO LANTERNE_AUDIT_EVENT VALUES (3, CURRENT_TIMESTAMP, 'other', 'read', NULL, NULL, 'SUCCESS', '"
                            + "0".repeat(64) + "', '" + "1".repeat(64) + "')");
                }
                held = record(trail, "held");
                waitUntilQueue(trail, 2, 0);
                for (int i = 0; i < 10; i++) {
                    queued.add(record(trail, "queued-" + i));
                }
                waitUntilQueue(trail, 12, 10);
                locker.commit();
            }

            assertEquals(2, held.get().sequence());
            Throwable batchFailure = null;
            for (Future<AuditEvent> caller : queued) {
                ExecutionException e = assertThrows(ExecutionException.class, caller::get);
                IllegalStateException refused = assertInstanceOf(IllegalStateException.class, e.getCause());
                assertEquals("Audit events 3 to 12 (one batch) could not be stored", refused.getMessage());
                batchFailure = batchFailure == null ? refused.getCause() : batchFailure;
                assertSame(batchFailure, refused.getCause());
            }
            assertEquals(List.of(1L, 2L, 3L), storedSequences(trail));
            // The appender picked up the other writer's event as its head and goes on after it.
            assertEquals(4, trail.log.record("system", "read", null, null, Outcome.SUCCESS).sequence());
        }
    }

    @Test
    void aCallerInterruptedBeforeItsEventIsTakenWithdrawsItAndOneInterruptedDuringItsBatchGetsItStored() throws Exception {
        try (DerbyTrail trail = DerbyTrail.open(folder)) {
            trail.log.record("system", "start", null, null, Outcome.SUCCESS);
            Caller inBatch;
            Caller stillWaiting;
            try (Connection locker = lockTheTable(trail)) {
                inBatch = new Caller(trail, "in-batch");
                waitUntilQueue(trail, 2, 0);
                stillWaiting = new Caller(trail, "still-waiting");
                waitUntilQueue(trail, 3, 1);

                stillWaiting.thread.interrupt();
                stillWaiting.thread.join(10_000);
                assertEquals("Interrupted before the audit event was stored: it was not recorded",
                        assertInstanceOf(IllegalStateException.class, stillWaiting.failure).getMessage());
                assertTrue(stillWaiting.interruptedAfter);
                assertEquals(0, trail.log.waiting());

                inBatch.thread.interrupt();
                inBatch.thread.join(300);
                assertTrue(inBatch.thread.isAlive(), "a caller whose event is being stored waits for its batch");
                locker.commit();
            }
            inBatch.thread.join(10_000);

            assertEquals(2, inBatch.stored.sequence());
            assertTrue(inBatch.interruptedAfter);
            assertEquals(List.of("start", "in-batch"), trail.log.read(1, 10).stream().map(AuditEvent::action).toList());
            assertTrue(trail.log.verify().intact());
        }
    }

    @Test
    void closingStoresTheEventsAlreadyHandedInRefusesLaterOnesAndEndsTheAppenderThread() throws Exception {
        try (DerbyTrail trail = DerbyTrail.open(folder)) {
            List<Future<AuditEvent>> handedIn = new ArrayList<>();
            Thread closer = new Thread(trail.log::close);
            try (Connection locker = lockTheTable(trail)) {
                handedIn.add(record(trail, "first"));
                waitUntilQueue(trail, 1, 0);
                handedIn.add(record(trail, "second"));
                waitUntilQueue(trail, 2, 1); // so that the two callers are queued in a known order
                handedIn.add(record(trail, "third"));
                waitUntilQueue(trail, 3, 2);

                closer.start();
                waitUntil(() -> closer.getState() == Thread.State.TIMED_WAITING); // waiting for the appender to end
                assertRefused(trail);
                locker.commit();
            }
            closer.join(10_000);
            assertFalse(closer.isAlive());

            List<Long> sequences = new ArrayList<>();
            for (Future<AuditEvent> caller : handedIn) {
                sequences.add(caller.get().sequence());
            }
            assertEquals(List.of(1L, 2L, 3L), sequences);
            assertEquals(List.of(1L, 2L, 3L), storedSequences(trail));
            assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals(Appender.THREAD_NAME)),
                    "the appender thread has ended");
        }
    }

    private Future<AuditEvent> record(DerbyTrail trail, String action) {
        return callers.submit(() -> trail.log.record("clinician", action, "note", "N1", Outcome.SUCCESS));
    }

    private static void assertRefused(DerbyTrail trail) {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> trail.log.record("clinician", "late", null, null, Outcome.SUCCESS));
        assertEquals("The audit trail is stopping: the event was not recorded", refused.getMessage());
    }

    /** @return a connection holding an exclusive lock on the table until it commits */
    private static Connection lockTheTable(DerbyTrail trail) throws SQLException {
        Connection c = trail.dataSource.getConnection();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("LOCK TABLE LANTERNE_AUDIT_EVENT IN EXCLUSIVE MODE");
        }
        return c;
    }

    private static List<Long> storedSequences(DerbyTrail trail) throws SQLException {
        List<Long> sequences = new ArrayList<>();
        try (Connection c = trail.dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT SEQ_NO FROM LANTERNE_AUDIT_EVENT ORDER BY SEQ_NO")) {
            while (rows.next()) {
                sequences.add(rows.getLong(1));
            }
        }
        return sequences;
    }

    /**
     * Waits until callers have handed in {@code handedIn} events in all and {@code waiting} of them
     * are not yet taken: the others are then in the appender's batch, held by the locked table.
     */
    private static void waitUntilQueue(DerbyTrail trail, long handedIn, int waiting) throws InterruptedException {
        waitUntil(() -> trail.log.handedIn() == handedIn && trail.log.waiting() == waiting);
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(5);
        }
    }

    /** A caller on its own thread, so that the test can interrupt it. */
    private static final class Caller {

        final Thread thread;
        volatile AuditEvent stored;
        volatile RuntimeException failure;
        volatile boolean interruptedAfter;

        Caller(DerbyTrail trail, String action) {
            thread = new Thread(() -> {
                try {
                    stored = trail.log.record("clinician", action, "note", "N1", Outcome.SUCCESS);
                } catch (RuntimeException e) {
                    failure = e;
                }
                interruptedAfter = Thread.currentThread().isInterrupted();
            });
            thread.start();
        }
    }
}
