/** Programme evaluation in the workbench: the identifiers its model fragment contributes and the names of its controls. */
@Export
@Version("1.0.0")
package org.lanterne.evaluation.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
