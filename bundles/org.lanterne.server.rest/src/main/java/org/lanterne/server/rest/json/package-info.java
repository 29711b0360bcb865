/** How every Lanterne endpoint writes JSON, so that all answers share one format and the same headers. */
@Export
@Version("1.0.0")
package org.lanterne.server.rest.json;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
