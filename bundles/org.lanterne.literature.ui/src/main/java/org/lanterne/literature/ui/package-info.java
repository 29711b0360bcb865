/** Identifiers of the Library contribution to the workbench model and of the Library part's controls. */
@Export
@Version("1.0.0")
package org.lanterne.literature.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
