/**
 * Pseudonyms: the random codes that stand for participants and clients, and the identifiers
 * derived from them for exported datasets.
 */
@Export
@Version("1.0.0")
package org.lanterne.pseudonym.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
