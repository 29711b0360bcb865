/** Identifiers of the Accounts contribution to the workbench model and of the Accounts part's controls. */
@Export
@Version("1.0.0")
package org.lanterne.accounts.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
