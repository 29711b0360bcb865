/** Identifiers of the Self-help programmes contribution to the workbench model and of the part's controls. */
@Export
@Version("1.0.0")
package org.lanterne.selfhelp.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
