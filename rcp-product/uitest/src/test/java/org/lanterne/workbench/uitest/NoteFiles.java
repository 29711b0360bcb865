package org.lanterne.workbench.uitest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Synthetic letters and reports a clinician attaches to a session: a PDF, a Word document, a cut PDF and a too large file. */
final class NoteFiles {

    private NoteFiles() {
    }

    /** A one-page PDF made by PDFBox, its line in Helvetica, accents included. */
    static Path pdf(Path file, String line) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText(line);
                content.endText();
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A Word document of one paragraph: the three parts a reader needs, zipped. */
    static Path docx(Path file, String paragraph) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
        String packageNs = "http://schemas.openxmlformats.org/package/2006/";
        Map<String, String> parts = Map.of(
                "[Content_Types].xml", xml + "<Types xmlns=\"" + packageNs + "content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                        + "wordprocessingml.document.main+xml\"/></Types>",
                "_rels/.rels", xml + "<Relationships xmlns=\"" + packageNs + "relationships\"><Relationship Id=\"rId1\" "
                        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                        + "Target=\"word/document.xml\"/></Relationships>",
                "word/document.xml", xml + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body><w:p><w:r><w:t xml:space=\"preserve\">" + paragraph + "</w:t></w:r></w:p></w:body></w:document>");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String name : new String[] { "[Content_Types].xml", "_rels/.rels", "word/document.xml" }) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(parts.get(name).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** The first half of a file, as a download cut short leaves it. */
    static Path firstHalf(Path whole, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(whole);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes, 0, bytes.length / 2);
        }
        return file;
    }

    /** A file of the given size whose bytes are never written (sparse). */
    static Path sized(Path file, long size) throws IOException {
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(size);
        }
        return file;
    }
}
