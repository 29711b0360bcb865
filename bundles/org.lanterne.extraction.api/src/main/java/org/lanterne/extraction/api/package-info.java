/**
 * Extracting the text of documents (PDF, Word, OpenDocument, HTML, plain text) that are held in
 * memory, so that a capability can index what its users attach without writing it to disk in the
 * clear ({@link org.lanterne.extraction.api.TextExtractor}).
 */
@Export
@Version("1.0.0")
package org.lanterne.extraction.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
