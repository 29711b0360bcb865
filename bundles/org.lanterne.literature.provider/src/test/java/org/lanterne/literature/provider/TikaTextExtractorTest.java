package org.lanterne.literature.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lanterne.extraction.api.ExtractedText;
import org.lanterne.extraction.api.ExtractionRefusedException;

/** Documents held in memory, as another capability hands them over: read, or refused with a reason. */
class TikaTextExtractorTest {

    private final TikaTextExtractor extractor = new TikaTextExtractor();

    @TempDir
    Path files;

    @AfterEach
    void close() {
        extractor.deactivate();
    }

    @Test
    void aLetterInPdfOrWordIsReadFromMemory() throws Exception {
        TestFiles.pdf("Compte rendu de suivi: le client respecte ses obligations.", "Compte rendu", 2026, files.resolve("letter.pdf"), null);
        TestFiles.docx("Rapport du service de probation: situation stable.", files.resolve("report.docx"));

        ExtractedText pdf = extractor.extract(Files.readAllBytes(files.resolve("letter.pdf")), "letter.pdf");
        ExtractedText docx = extractor.extract(Files.readAllBytes(files.resolve("report.docx")), "report.docx");

        assertTrue(pdf.text().contains("respecte ses obligations"), pdf.text());
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(docx.text().contains("situation stable"), docx.text());
        assertFalse(docx.truncated());
        assertFalse(pdf.toString().contains("obligations"), "the text is not in what is logged");
    }

    @Test
    void brokenEncryptedOversizedAndBombDocumentsAreRefusedWithTheirReason() throws IOException {
        TestFiles.pdf("Secret", "Secret", 2026, files.resolve("encrypted.pdf"), TestFiles.password("secret-2026"));
        TestFiles.pdf("Coupé en deux", "Coupé", 2026, files.resolve("whole.pdf"), null);
        TestFiles.zipBombDocx(files.resolve("bomb.docx"), 200);

        assertTrue(refusal(Files.readAllBytes(files.resolve("encrypted.pdf"))).contains("encrypted"));
        assertTrue(refusal(TestFiles.firstHalf(files.resolve("whole.pdf"))).contains("truncated"));
        assertTrue(refusal(Files.readAllBytes(files.resolve("bomb.docx"))).contains("zip bomb"));
        assertTrue(refusal(new byte[0]).contains("empty"));
        assertTrue(refusal(new byte[(int) extractor.maxBytes() + 1]).contains("too large"));
    }

    private String refusal(byte[] content) {
        return assertThrows(ExtractionRefusedException.class, () -> extractor.extract(content, "attachment")).getMessage();
    }
}
