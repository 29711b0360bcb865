/** Identifiers of the Library and Screening contributions to the workbench model and of their parts' controls. */
@Export
@Version("1.1.0")
package org.lanterne.literature.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
