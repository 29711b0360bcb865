/**
 * The About capability: what this installation is and which third-party components it ships,
 * under which licences.
 */
@Export
@Version("1.0.0")
package org.lanterne.about.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
