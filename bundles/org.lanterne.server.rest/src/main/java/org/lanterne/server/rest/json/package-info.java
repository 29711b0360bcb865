/** How every Lanterne endpoint reads and writes JSON, so that all answers share one format and the same headers and all bodies the same limits. */
@Export
@Version("1.1.0")
package org.lanterne.server.rest.json;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
