/** Hostile inputs and their expected outcome, for the parsers' property-based fuzz tests. */
@Export
@Version("1.0.0")
package org.lanterne.fuzz.testing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
