package org.lanterne.literature.provider;

import java.time.Duration;

import org.lanterne.extraction.api.ExtractedText;
import org.lanterne.extraction.api.ExtractionRefusedException;
import org.lanterne.extraction.api.TextExtractor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The library's Tika extraction offered to other capabilities for documents held in memory, for
 * example the letters and reports attached to clinical sessions. Its limits are tighter than an
 * import's: attachments are letters, not books.
 */
@Component
public class TikaTextExtractor implements TextExtractor {

    private final Extractor extractor = new Extractor(new Extractor.Limits(20L << 20, 2_000_000, Duration.ofSeconds(60), 100));

    @Deactivate
    void deactivate() {
        extractor.close();
    }

    @Override
    public long maxBytes() {
        return extractor.maxBytes();
    }

    @Override
    public ExtractedText extract(byte[] content, String fileName) throws ExtractionRefusedException {
        try {
            Extraction extraction = extractor.extract(content, fileName);
            return new ExtractedText(extraction.text(), extraction.contentType(), extraction.truncated());
        } catch (Rejected e) {
            throw new ExtractionRefusedException(e.getMessage());
        }
    }
}
