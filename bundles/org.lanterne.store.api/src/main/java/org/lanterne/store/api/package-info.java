/**
 * Access to the configured database for capability bundles that keep their own JPA entities.
 */
@Export
@Version("1.2.0")
package org.lanterne.store.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
