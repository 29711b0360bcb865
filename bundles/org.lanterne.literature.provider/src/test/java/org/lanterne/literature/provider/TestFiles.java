package org.lanterne.literature.provider;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real files for the tests, made from the shared corpus: PDFs, Word files, bad files. */
final class TestFiles {

    static final Path CORPUS = corpus();

    /** The five reports, with the titles and years of the corpus README. */
    static final Map<String, String> TITLES = Map.of(
            "icmec-mrc-maroc-synthese-2025.fr.txt", "Étude multisectorielle de réponses et capacités (MRC) au Maroc : synthèse",
            "emc-portail-signalement-iwf-2021.fr.txt", "Lancement du portail marocain de signalement avec l'Internet Watch Foundation",
            "cese-avis-enfants-reseaux-sociaux-2024.fr.txt", "Avis du CESE sur les enfants et les réseaux sociaux",
            "cmrpi-campagne-cyberviolence-2025.fr.txt", "Campagne nationale contre la cyberviolence, cinquième édition",
            "weprotect-unicef-revue-mrn-2022.fr.txt", "Revue du Modèle de réponse nationale dans 42 pays");

    private TestFiles() {
    }

    private static Path corpus() {
        Path p = Path.of("/work/shared/corpus");
        String configured = System.getProperty("lanterne.corpus");
        return configured != null ? Path.of(configured) : p;
    }

    static List<Path> corpusTexts() throws IOException {
        try (var files = Files.list(CORPUS)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static int year(String fileName) {
        return Guesses.year(fileName, fileName.length()).orElseThrow();
    }

    static Library open(Path folder) throws IOException {
        return Library.open(new Library.Settings(folder, new Extractor.Limits(50L << 20, 5_000_000, Duration.ofSeconds(60), 100), 25));
    }

    /** A real PDF of {@code text} (Helvetica, A4), with a title and a creation date in its metadata. */
    static void pdf(String text, String title, int year, Path target, StandardProtectionPolicy protection) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            Map<Character, Character> printable = new HashMap<>();
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\n")) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.split("[ \t]+")) {
                    if (line.length() + word.length() > 95) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    if (line.length() > 0) {
                        line.append(' ');
                    }
                    for (char c : word.toCharArray()) {
                        line.append(printable.computeIfAbsent(c, ch -> encodable(font, ch) ? ch : '?'));
                    }
                }
                lines.add(line.toString());
            }
            int perPage = 60;
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(12);
                    content.newLineAtOffset(40, 800);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor("Lanterne tests");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(year, Calendar.JUNE, 15);
            info.setCreationDate(created);
            if (protection != null) {
                document.protect(protection);
            }
            document.save(target.toFile());
        }
    }

    static StandardProtectionPolicy password(String password) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
        policy.setEncryptionKeyLength(256);
        return policy;
    }

    private static boolean encodable(PDType1Font font, char c) {
        if (Character.isISOControl(c)) {
            return false;
        }
        try {
            font.encode(String.valueOf(c));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A minimal but real Word document (the parts Word itself requires). */
    static void docx(String paragraph, Path target) throws IOException {
        String body = "<w:p><w:r><w:t xml:space=\"preserve\">" + paragraph.replace("&", "&amp;").replace("<", "&lt;")
                + "</w:t></w:r></w:p>";
        docxParts(target, body.getBytes(StandardCharsets.UTF_8), 1);
    }

    /**
     * A Word document whose main part expands from about 50 KB to {@code megabytes} MB: a zip
     * bomb in miniature.
     */
    static void zipBombDocx(Path target, int megabytes) throws IOException {
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, (byte) ' ');
        docxParts(target, chunk, megabytes);
    }

    private static void docxParts(Path target, byte[] body, int repeat) throws IOException {
        try (OutputStream file = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(file)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < repeat; i++) {
                zip.write(body);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** A minimal OpenDocument text: the mimetype entry first, then the content. */
    static void odt(String paragraph, Path target) throws IOException {
        try (OutputStream file = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(file)) {
            put(zip, "mimetype", "application/vnd.oasis.opendocument.text");
            put(zip, "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>");
            put(zip, "content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                    + "<text:p>" + paragraph + "</text:p></office:text></office:body></office:document-content>");
        }
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static byte[] firstHalf(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        ByteArrayOutputStream half = new ByteArrayOutputStream();
        half.write(all, 0, all.length / 2);
        return half.toByteArray();
    }
}
