package org.lanterne.literature.api;

import java.util.List;

/**
 * The result of an import job.
 *
 * @param files     one outcome per file processed, in processing order
 * @param total     how many files the job found to process
 * @param cancelled whether the job was cancelled before processing every file
 */
public record ImportReport(List<FileOutcome> files, int total, boolean cancelled) {

    public ImportReport {
        files = List.copyOf(files);
    }

    /** @return how many files ended with {@code status} */
    public long count(FileOutcome.Status status) {
        return files.stream().filter(f -> f.status() == status).count();
    }
}
