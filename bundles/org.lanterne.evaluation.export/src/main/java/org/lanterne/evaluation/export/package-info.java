/**
 * Evaluation datasets that are safe to share: record-level data de-identified by default and
 * written with everything an analyst needs to load it, and everything an auditor needs to check it.
 */
@Export
@Version("1.0.0")
package org.lanterne.evaluation.export;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
