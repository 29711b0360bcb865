/**
 * The statistics of programme evaluation, as pure functions of arrays: change between two
 * occasions, the predictive accuracy of an instrument, and time to an event. Each result holds its
 * estimate with a 95 % confidence interval. docs/evaluation.md defines every one and names the R
 * function it agrees with.
 */
@Export
@Version("1.0.0")
package org.lanterne.evaluation.statistics;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
