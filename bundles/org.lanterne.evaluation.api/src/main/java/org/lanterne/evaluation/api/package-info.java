/**
 * The programme evaluation capability: cohorts read from an evaluation data source
 * ({@link org.lanterne.evaluation.api.EvaluationData}), indicators of reach, retention, change,
 * instrument validity and time to an event with small counts and small-group statistics withheld
 * ({@link org.lanterne.evaluation.api.EvaluationIndicators}), the counts of the sessions that the
 * installation records ({@link org.lanterne.evaluation.api.RecordedSessions}), and de-identified datasets
 * ({@link org.lanterne.evaluation.api.EvaluationExports}). docs/evaluation.md defines every indicator.
 */
@Export
@Version("1.1.0")
package org.lanterne.evaluation.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
