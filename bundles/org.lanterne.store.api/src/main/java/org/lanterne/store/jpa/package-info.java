/** Helpers for the JPA entities and transactions of capability bundles. */
@Export
@Version("1.1.0")
package org.lanterne.store.jpa;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
