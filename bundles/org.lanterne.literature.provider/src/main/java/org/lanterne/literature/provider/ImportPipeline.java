package org.lanterne.literature.provider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.lanterne.literature.api.FileOutcome;

/**
 * Runs the items of one job on a few worker threads in three stages: each item is prepared in
 * parallel (hashing, extraction, reading stored text), then settled on the job's thread in the
 * items' order (duplicate decisions and the catalogue, which must see one item at a time), then
 * written in parallel (stored text and index). Extraction and indexing keep every core busy while
 * duplicates are still decided as if the files came one by one.
 */
final class ImportPipeline<T> {

    interface Lister<T> {
        List<T> list() throws IOException;
    }

    interface Preparation<T> {
        /** Runs on a worker; must not change the library. */
        Settling prepare(T item, RunningImport job) throws IOException, Cancelled;
    }

    interface Settling {
        /** Runs on the job's thread, in the items' order. */
        Settled settle() throws IOException;
    }

    interface Writing {
        /** Runs on a worker, after {@link Settling#settle()}. */
        void write() throws IOException;
    }

    interface Commit {
        void commit() throws IOException;
    }

    /** An item's outcome, and what is left to write for it (nothing for a duplicate or a rejected file). */
    record Settled(FileOutcome outcome, Writing writing) {

        static Settled only(FileOutcome outcome) {
            return new Settled(outcome, null);
        }
    }

    /**
     * Commits are at least this far apart: each flushes small segments that must be merged later,
     * which would cost more than the indexing itself when many small records come quickly.
     */
    private static final long COMMIT_INTERVAL_NANOS = 5_000_000_000L;

    private final ExecutorService workers;
    private final int threads;
    private final int commitEvery;
    private final Commit commit;

    ImportPipeline(ExecutorService workers, int threads, int commitEvery, Commit commit) {
        this.workers = workers;
        this.threads = threads;
        this.commitEvery = commitEvery;
        this.commit = commit;
    }

    void run(RunningImport job, Lister<T> lister, Preparation<T> preparation) throws IOException {
        List<T> items = lister.list();
        job.total(items.size());
        // a few items ahead of the one being settled: enough to keep every worker busy, bounded in memory
        Deque<Future<Settling>> prepared = new ArrayDeque<>();
        List<Future<?>> writes = new ArrayList<>();
        int next = 0;
        int sinceCommit = 0;
        long lastCommit = System.nanoTime();
        try {
            while (true) {
                while (!job.cancelled() && next < items.size() && prepared.size() < 2 * threads) {
                    T item = items.get(next++);
                    prepared.add(workers.submit(() -> preparation.prepare(item, job)));
                }
                if (prepared.isEmpty() || job.cancelled()) {
                    break;
                }
                Settling settling = result(prepared.removeFirst());
                if (settling == null) {
                    break;
                }
                Settled settled = settling.settle();
                if (settled.writing() != null) {
                    writes.add(workers.submit(() -> {
                        settled.writing().write();
                        return null;
                    }));
                }
                job.add(settled.outcome());
                if (settled.outcome().status() == FileOutcome.Status.IMPORTED && ++sinceCommit >= commitEvery
                        && System.nanoTime() - lastCommit >= COMMIT_INTERVAL_NANOS) {
                    awaitAll(writes);
                    commit.commit();
                    sinceCommit = 0;
                    lastCommit = System.nanoTime();
                }
            }
        } finally {
            // what was prepared but not settled is dropped; the workers are never interrupted (an
            // interrupt closes the index's files under them), so let them end
            for (Future<Settling> left : prepared) {
                quietly(left);
            }
            writes.forEach(ImportPipeline::quietly);
        }
        awaitAll(writes);
        commit.commit();
    }

    /** @return the prepared item, or null when the job was cancelled while it was prepared */
    private static Settling result(Future<Settling> future) throws IOException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Cancelled) {
                return null;
            }
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void awaitAll(List<Future<?>> writes) throws IOException {
        try {
            for (Future<?> write : writes) {
                write.get();
            }
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the library", e);
        } finally {
            writes.clear();
        }
    }

    private static IOException rethrown(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof UncheckedIOException io) {
            return io.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }

    private static void quietly(Future<?> future) {
        try {
            future.get();
        } catch (ExecutionException e) {
            // its failure no longer matters: the job already stopped
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
