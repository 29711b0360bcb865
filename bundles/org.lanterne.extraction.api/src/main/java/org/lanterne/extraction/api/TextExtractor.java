package org.lanterne.extraction.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Extracts the text of a document under limits of size, characters, time, nesting and
 * compression. The document is read from memory and nothing of it is written to disk.
 */
@ProviderType
public interface TextExtractor {

    /** @return the largest document accepted, in bytes */
    long maxBytes();

    /**
     * @param content  the document
     * @param fileName its name, a hint to its type; never logged
     * @throws ExtractionRefusedException with a reason for people when the document is empty, too large, corrupt,
     *                                    encrypted, a zip bomb, or takes too long
     */
    ExtractedText extract(byte[] content, String fileName) throws ExtractionRefusedException;
}
