/**
 * The literature capability: a library of studies, reviews and guidance in French, Arabic and
 * English, imported from files in the background and searched with a small query language.
 */
@Export
@Version("1.0.0")
package org.lanterne.literature.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
