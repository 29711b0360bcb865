/** Assertions on the resources of the workbench's UI bundles, for their unit tests. */
@Export
@Version("1.0.0")
package org.lanterne.ui.testing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
