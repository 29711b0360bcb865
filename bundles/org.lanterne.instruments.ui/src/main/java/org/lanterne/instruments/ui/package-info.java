/** Identifiers of the Assessments contribution to the workbench model and of the Assessments part's controls. */
@Export
@Version("1.0.0")
package org.lanterne.instruments.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
