/**
 * Core contracts of Lanterne: the capabilities present in an installation, health checks and
 * the installation record.
 */
@Export
@Version("1.0.0")
package org.lanterne.core.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
