/** Identifiers of the About contribution to the workbench model. */
@Export
@Version("1.0.0")
package org.lanterne.about.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
