package org.lanterne.audit.provider;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.lanterne.audit.api.AuditEvent;

/**
 * Group commit. Callers hand their event to one appender thread and wait; the appender takes every
 * event waiting (at most {@link #MAX_BATCH}), has them stored together, and releases each caller
 * with its stored event, or every caller of the batch with the batch's one failure. One commit and
 * one anchor write then serve the whole batch instead of one event.
 */
final class Appender implements AutoCloseable {

    static final int MAX_BATCH = 256;
    static final String THREAD_NAME = "lanterne-audit-appender";
    private static final long STOP_WAIT_SECONDS = 30;

    /** Stores a batch in order, whole or not at all, and returns its events as stored, in the same order. */
    interface BatchStore {
        List<AuditEvent> store(List<NewEvent> batch);
    }

    private record Pending(NewEvent event, CompletableFuture<AuditEvent> stored) {
    }

    private final BatchStore store;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition handedIn = lock.newCondition();
    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    private final Thread thread;
    private boolean stopping;
    private long handedInSoFar;

    Appender(BatchStore store) {
        this.store = store;
        this.thread = new Thread(this::run, THREAD_NAME);
        thread.setDaemon(true); // close() ends it; a daemon never keeps a stopping JVM alive
        thread.start();
    }

    /** Waits until the event is stored; see {@link org.lanterne.audit.api.AuditTrail#record}. */
    AuditEvent append(NewEvent event) {
        Pending pending = new Pending(event, new CompletableFuture<>());
        lock.lock();
        try {
            if (stopping) {
                throw new IllegalStateException("The audit trail is stopping: the event was not recorded");
            }
            waiting.add(pending);
            handedInSoFar++;
            handedIn.signal();
        } finally {
            lock.unlock();
        }
        try {
            return pending.stored().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (withdraw(pending)) {
                throw new IllegalStateException("Interrupted before the audit event was stored: it was not recorded");
            }
            // The appender holds it already: wait for its batch, which ends either way, rather than lose or repeat it.
            return outcome(pending);
        } catch (ExecutionException e) {
            throw failed(e.getCause());
        }
    }

    /** How many events callers have handed in since the appender started, taken or not. */
    long handedIn() {
        lock.lock();
        try {
            return handedInSoFar;
        } finally {
            lock.unlock();
        }
    }

    /** How many events are handed in and not yet taken into a batch. */
    int waiting() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Refuses new events, lets the appender store those already handed in, and waits for it to end.
     * Should the store hang, closing the store fails the batch and releases its callers.
     */
    @Override
    public void close() {
        lock.lock();
        try {
            stopping = true;
            handedIn.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(STOP_WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            throw new IllegalStateException("The audit appender did not finish its batch within " + STOP_WAIT_SECONDS + " s");
        }
    }

    private void run() {
        List<Pending> batch;
        while (!(batch = nextBatch()).isEmpty()) {
            storeAndRelease(batch);
        }
    }

    /** @return the next events in the order they were handed in, or none when stopping and nothing waits */
    private List<Pending> nextBatch() {
        lock.lock();
        try {
            while (waiting.isEmpty() && !stopping) {
                handedIn.awaitUninterruptibly();
            }
            List<Pending> batch = new ArrayList<>(Math.min(waiting.size(), MAX_BATCH));
            while (batch.size() < MAX_BATCH && !waiting.isEmpty()) {
                batch.add(waiting.poll());
            }
            return batch;
        } finally {
            lock.unlock();
        }
    }

    private void storeAndRelease(List<Pending> batch) {
        List<AuditEvent> stored;
        try {
            stored = store.store(batch.stream().map(Pending::event).toList());
        } catch (RuntimeException | Error e) {
            // Whatever went wrong, no caller may be left waiting; the appender goes on with the next batch.
            batch.forEach(pending -> pending.stored().completeExceptionally(e));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).stored().complete(stored.get(i));
        }
    }

    private boolean withdraw(Pending pending) {
        lock.lock();
        try {
            return waiting.remove(pending);
        } finally {
            lock.unlock();
        }
    }

    private static AuditEvent outcome(Pending pending) {
        try {
            return pending.stored().join(); // does not return early on interrupt
        } catch (CompletionException e) {
            throw failed(e.getCause());
        }
    }

    /** Each caller gets its own exception (its own stack), caused by the batch's one failure. */
    private static IllegalStateException failed(Throwable batchFailure) {
        return new IllegalStateException(batchFailure.getMessage(), batchFailure);
    }
}
