/** Identifiers of the notes contribution to the workbench model and of the Caseload part's controls. */
@Export
@Version("1.0.0")
package org.lanterne.notes.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
