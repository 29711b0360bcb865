package org.lanterne.literature.provider;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.lanterne.literature.api.FileOutcome;
import org.lanterne.literature.api.ImportJob;
import org.lanterne.literature.api.ImportProgress;
import org.lanterne.literature.api.ImportReport;

/** The state of one import job, updated by the import thread and read by anyone. */
final class RunningImport implements ImportJob {

    private final CompletableFuture<ImportReport> report = new CompletableFuture<>();
    private final List<FileOutcome> outcomes = new ArrayList<>();
    private volatile boolean cancelled;
    private volatile int total;

    @Override
    public synchronized ImportProgress progress() {
        return new ImportProgress(outcomes.size(), total);
    }

    @Override
    public void cancel() {
        cancelled = true;
    }

    boolean cancelled() {
        return cancelled;
    }

    @Override
    public boolean isDone() {
        return report.isDone();
    }

    @Override
    public ImportReport await(Duration timeout) throws InterruptedException, TimeoutException {
        try {
            return report.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the import failed", e.getCause());
        }
    }

    void total(int files) {
        total = files;
    }

    synchronized void add(FileOutcome outcome) {
        outcomes.add(outcome);
    }

    synchronized void finish() {
        report.complete(new ImportReport(outcomes, total, cancelled && outcomes.size() < total));
    }

    void fail(Throwable failure) {
        report.completeExceptionally(failure);
    }
}
