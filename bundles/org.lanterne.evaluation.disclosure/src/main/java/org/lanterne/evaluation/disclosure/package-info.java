/**
 * Disclosure control for what leaves Lanterne: count tables with small cells suppressed so that no
 * suppressed count can be worked out from the others and the totals, and record-level datasets
 * generalised until every combination of quasi-identifiers is shared by at least k people.
 * docs/evaluation.md states the rules.
 */
@Export
@Version("1.0.0")
package org.lanterne.evaluation.disclosure;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
