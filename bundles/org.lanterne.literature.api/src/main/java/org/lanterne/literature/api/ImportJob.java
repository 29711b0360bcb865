package org.lanterne.literature.api;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.osgi.annotation.versioning.ProviderType;

/** An import running in the background. */
@ProviderType
public interface ImportJob {

    /** @return files processed and to process */
    ImportProgress progress();

    /**
     * Asks the job to stop after the file it is working on. What was imported stays imported.
     */
    void cancel();

    /** @return whether the job has finished, cancelled or not */
    boolean isDone();

    /**
     * Waits for the job to finish.
     *
     * @return the report of the job
     * @throws TimeoutException if the job is still running after {@code timeout}
     */
    ImportReport await(Duration timeout) throws InterruptedException, TimeoutException;
}
