/**
 * The audit trail: every read and write of person-level data, recorded in an append-only log
 * whose events are chained by SHA-256 so that changed, removed or reordered events are found.
 */
@Export
@Version("1.0.0")
package org.lanterne.audit.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
