/**
 * Identifiers of the Lanterne workbench model, and helpers, for UI bundles that contribute model fragments and
 * for tests that look into the running workbench.
 */
@Export
@Version("2.2.0")
package org.lanterne.workbench;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
