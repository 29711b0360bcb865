package org.lanterne.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real PDF of a text, written object by object: Helvetica with WinAnsiEncoding (French accents
 * survive extraction), 60 lines a page, the title and the year in the document information.
 */
final class CorpusPdf {

    /** The shared French corpus: -Dlanterne.corpus, else the workplace's, else shared/ beside the clone. */
    static final Path CORPUS = corpus();

    private static final Charset WIN_ANSI = Charset.forName("windows-1252");

    private CorpusPdf() {
    }

    /** @param name a text of the corpus, {@code <name>.fr.txt}, whose name ends with its year */
    static byte[] fromCorpus(String name) throws IOException {
        String text = Files.readString(CORPUS.resolve(name + ".fr.txt"));
        return of(name, Integer.parseInt(name.substring(name.length() - 4)), text);
    }

    private static Path corpus() {
        String configured = System.getProperty("lanterne.corpus");
        if (configured != null) {
            return Path.of(configured);
        }
        Path workplace = Path.of("/work/shared/corpus");
        return Files.isDirectory(workplace) ? workplace : LanterneServer.PROJECT.toAbsolutePath().getParent().resolve("shared/corpus");
    }

    static byte[] of(String title, int year, String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split("[ \t]+")) {
                if (line.length() + word.length() > 95) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            lines.add(line.toString());
        }
        List<byte[]> objects = new ArrayList<>();
        int pages = (lines.size() + 59) / 60;
        StringBuilder kids = new StringBuilder();
        for (int p = 0; p < pages; p++) {
            kids.append(5 + 2 * p).append(" 0 R ");
        }
        objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
        objects.add(ascii("<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>"));
        objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
        objects.add(ascii("<< /Title <" + utf16Hex(title) + "> /Author (Lanterne tests) /CreationDate (D:" + year + "0615000000Z) >>"));
        for (int p = 0; p < pages; p++) {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            content.writeBytes(ascii("BT /F1 9 Tf 12 TL 40 800 Td\n"));
            for (String line : lines.subList(p * 60, Math.min(lines.size(), (p + 1) * 60))) {
                content.writeBytes(ascii("("));
                content.writeBytes(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").getBytes(WIN_ANSI));
                content.writeBytes(ascii(") Tj T*\n"));
            }
            content.writeBytes(ascii("ET"));
            objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents " + (6 + 2 * p)
                    + " 0 R /Resources << /Font << /F1 3 0 R >> >> >>"));
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            stream.writeBytes(ascii("<< /Length " + content.size() + " >>\nstream\n"));
            stream.writeBytes(content.toByteArray());
            stream.writeBytes(ascii("\nendstream"));
            objects.add(stream.toByteArray());
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes(ascii("%PDF-1.4\n"));
        int[] offsets = new int[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = pdf.size();
            pdf.writeBytes(ascii((i + 1) + " 0 obj\n"));
            pdf.writeBytes(objects.get(i));
            pdf.writeBytes(ascii("\nendobj\n"));
        }
        int xref = pdf.size();
        StringBuilder tail = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            tail.append(String.format("%010d 00000 n \n", offset));
        }
        tail.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R /Info 4 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        pdf.writeBytes(ascii(tail.toString()));
        return pdf.toByteArray();
    }

    private static String utf16Hex(String text) {
        StringBuilder hex = new StringBuilder("FEFF");
        for (byte b : text.getBytes(StandardCharsets.UTF_16BE)) {
            hex.append(String.format("%02X", b));
        }
        return hex.toString();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
