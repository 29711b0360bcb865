package org.lanterne.evaluation.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An evaluation data source: where the cohort that indicators and exports describe comes from.
 * The provider's default reads the datasets format from a folder and falls back to the demo cohort.
 */
@ConsumerType
public interface EvaluationData {

    /**
     * @return the cohort as it is now
     * @throws IllegalStateException naming the file and line when the source cannot be read
     */
    Cohort cohort();
}
