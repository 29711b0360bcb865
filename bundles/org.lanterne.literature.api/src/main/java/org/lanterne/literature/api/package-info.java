/**
 * The literature capability: a library of studies, reviews and guidance in French, Arabic and
 * English, imported from files and reference lists in the background, searched with a small query
 * language, exported as reference lists and screened for systematic reviews.
 */
@Export
@Version("1.3.0")
package org.lanterne.literature.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
