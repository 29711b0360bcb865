package org.lanterne.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lanterne.itest.Framework.bundle;
import static org.lanterne.itest.Framework.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lanterne.core.api.HealthService;
import org.lanterne.literature.api.Decision;
import org.lanterne.literature.api.Facet;
import org.lanterne.literature.api.FacetRequest;
import org.lanterne.literature.api.FileOutcome;
import org.lanterne.literature.api.ImportReport;
import org.lanterne.literature.api.LiteratureLibrary;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.LiteratureReferences;
import org.lanterne.literature.api.LiteratureScreening;
import org.lanterne.literature.api.PrismaCounts;
import org.lanterne.literature.api.ReferenceFormat;
import org.lanterne.literature.api.ReferenceFormatException;
import org.lanterne.literature.api.ScreeningConflict;
import org.lanterne.literature.api.ScreeningDecision;
import org.lanterne.literature.api.LiteratureSearch;
import org.lanterne.literature.api.Provenance;
import org.lanterne.literature.api.SearchResult;
import org.lanterne.literature.api.SortOrder;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/** The literature provider with Lucene, Tika and jbibtex embedded, started on Felix. */
@ExtendWith({ BundleContextExtension.class, ServiceExtension.class })
class LiteratureIT {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 15000)
    LiteratureLibrary library;

    @InjectService(timeout = 15000)
    LiteratureSearch search;

    @InjectService(timeout = 15000)
    LiteratureReferences references;

    @InjectService(timeout = 15000)
    LiteratureScreening screening;

    @InjectService(timeout = 15000)
    HealthService health;

    @Test
    void theProviderStartsWithItsEmbeddedLibrariesIndexesAPageAndAWordFileAndFindsThem() throws Exception {
        Bundle provider = bundle(context, "org.lanterne.literature.provider");
        assertEquals(Bundle.ACTIVE, provider.getState());
        assertTrue(health.health().features().contains("lanterne-literature"), health.health().features()::toString);

        Path data = Path.of(System.getProperty("lanterne.data")).toAbsolutePath();
        Path files = Files.createDirectories(data.resolve("literature-it-files"));
        // an HTML page: Tika's detection and parsers must be found through the provider's class path
        Path page = files.resolve("guide-prevention.html");
        Files.writeString(page, "<html><head><title>Guide de prévention pour les familles</title></head><body>"
                + "<p>Ce guide aide les parents à parler de sécurité en ligne avec leurs enfants et à reconnaître les signes "
                + "qui doivent alerter.</p></body></html>");

        // a Word file: POI and XMLBeans load their schema types through the same class path
        docx(files.resolve("note-signalement.docx"), "Le portail permet le signalement anonyme des contenus illicites.");

        // a PDF: PDFBox with its fonts
        pdf(files.resolve("rapport-evaluation.pdf"), "Evaluation du programme de prevention Lumiere");

        ImportReport report = library.start(List.of(files)).await(Duration.ofMinutes(1));
        assertEquals(3, report.files().size());
        for (FileOutcome outcome : report.files()) {
            // DUPLICATE when the data folder is left from an earlier run
            assertTrue(outcome.status() == FileOutcome.Status.IMPORTED || outcome.status() == FileOutcome.Status.DUPLICATE,
                    outcome::toString);
        }
        SearchResult word = search.search("signalement AND anonyme AND type:docx", Set.of(), SortOrder.RELEVANCE, 0, 10);
        assertEquals(1, word.total());
        assertEquals("docx", word.hits().get(0).record().documentType());

        SearchResult pdf = search.search("\"programme de prevention lumiere\"", Set.of(), SortOrder.RELEVANCE, 0, 10);
        assertEquals(1, pdf.total());
        assertEquals("pdf", pdf.hits().get(0).record().documentType());

        SearchResult result = search.search("enfant AND securite AND NOT type:pdf", Set.of(FacetRequest.of(Facet.DOCUMENT_TYPE)),
                SortOrder.RELEVANCE, 0, 10);
        assertEquals(1, result.total());
        assertEquals("Guide de prévention pour les familles", result.hits().get(0).record().title());
        assertEquals("fr", result.hits().get(0).record().language());
        assertTrue(result.hits().get(0).snippets().get(0).contains("<mark>enfants</mark>"), result.hits().get(0).snippets()::toString);
        assertEquals("html", result.facets().get(Facet.DOCUMENT_TYPE).get(0).value());
        assertTrue(Files.isDirectory(data.resolve("literature").resolve("index")));
    }

    @Test
    void corpusPdfsAndReferenceListsAreImportedSearchedAndExportedInEveryFormat() throws Exception {
        Path data = Path.of(System.getProperty("lanterne.data")).toAbsolutePath();
        Path files = Files.createDirectories(data.resolve("literature-it-corpus"));
        for (String name : List.of("icmec-mrc-maroc-synthese-2025", "cmrpi-campagne-cyberviolence-2025")) {
            List<String> lines = Files.readAllLines(corpus().resolve(name + ".fr.txt"));
            pdfLines(files.resolve(name + ".pdf"), lines.subList(0, Math.min(lines.size(), 60)));
        }
        ImportReport pdfs = library.start(List.of(files)).await(Duration.ofMinutes(2));
        assertEquals(2, pdfs.files().size());
        List<String> ids = new ArrayList<>();
        for (FileOutcome outcome : pdfs.files()) {
            assertTrue(outcome.status() != FileOutcome.Status.REJECTED, outcome::toString);
            ids.add(outcome.recordId().or(outcome::duplicateOf).orElseThrow());
        }
        SearchResult cyber = search.search("cyberviolence AND lang:fr", Set.of(FacetRequest.of(Facet.YEAR)), SortOrder.RELEVANCE, 0, 10);
        assertTrue(cyber.total() >= 1, cyber::toString);

        String bibtex = "@techreport{cmrpi2025,\n  author = {{Centre marocain de recherches polytechniques et d'innovation}},\n"
                + "  title = {{Cyberviolence : guide pour les {\\'e}coles}},\n  year = {2025},\n"
                + "  abstract = {Des fiches pour pr{\\'e}venir le cyberharc{\\`e}lement en classe.},\n}\n";
        ImportReport list = references.importReferences("guides.bib", bibtex, ReferenceFormat.BIBTEX).await(Duration.ofMinutes(1));
        FileOutcome reference = list.files().get(0);
        assertTrue(reference.status() != FileOutcome.Status.REJECTED, reference::toString);
        String referenceId = reference.recordId().or(reference::duplicateOf).orElseThrow();
        assertEquals(LiteratureRecord.REFERENCE, library.record(referenceId).orElseThrow().documentType());
        assertEquals(1, search.search("cyberharcelement AND type:reference", Set.of(), SortOrder.RELEVANCE, 0, 10).total(),
                "the abstract, accents folded");
        ids.add(referenceId);

        for (ReferenceFormat format : ReferenceFormat.values()) {
            String exported = references.export(ids, format);
            ImportReport again = references.importReferences("export." + format.extension(), exported, format).await(Duration.ofMinutes(1));
            assertEquals(3, again.count(FileOutcome.Status.DUPLICATE), () -> format + ": what was exported is found again " + again);
        }
        assertThrows(ReferenceFormatException.class, () -> references.importReferences("bad.json", "[{\"title\": }]", ReferenceFormat.CSL_JSON));
    }

    @Test
    void twoReviewersScreenATaggedReviewAndItsCountsSurviveARestart() throws Exception {
        // titles of their own, so that decisions kept by earlier runs in the same database do not count
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder ris = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            ris.append("TY  - RPRT\nTI  - Screening ").append(run).append(" study ").append(i).append("\nPY  - ").append(2020 + i)
                    .append("\nER  - \n\n");
        }
        ImportReport report = references.importReferences("screening-" + run + ".ris", ris.toString(), ReferenceFormat.RIS)
                .await(Duration.ofMinutes(1));
        List<String> ids = report.files().stream().map(f -> f.recordId().orElseThrow()).toList();
        String review = "Revue " + run;
        ids.forEach(id -> screening.tag(id, review));
        assertEquals(Set.of(review), library.record(ids.get(0)).orElseThrow().tags());
        SearchResult tagged = search.search("tag:\"" + review.toLowerCase() + "\"", Set.of(FacetRequest.of(Facet.TAG)), SortOrder.RELEVANCE, 0, 10);
        assertEquals(4, tagged.total(), "tag: finds the tag ignoring case");
        assertEquals(review, tagged.facets().get(Facet.TAG).get(0).value());

        screening.decide(ids.get(0), "amina", Decision.INCLUDE, Optional.empty());
        screening.decide(ids.get(0), "yanis", Decision.MAYBE, Optional.empty());
        screening.decide(ids.get(0), "yanis", Decision.INCLUDE, Optional.empty());
        screening.decide(ids.get(1), "amina", Decision.EXCLUDE, Optional.of("wrong population"));
        screening.decide(ids.get(1), "yanis", Decision.EXCLUDE, Optional.of(ScreeningDecision.EXCLUSION_REASONS.get(0)));
        screening.decide(ids.get(2), "amina", Decision.INCLUDE, Optional.empty());
        screening.decide(ids.get(2), "yanis", Decision.EXCLUDE, Optional.of("a protocol, no results yet"));
        assertThrows(IllegalArgumentException.class, () -> screening.decide(ids.get(3), "amina", Decision.EXCLUDE, Optional.empty()),
                "an exclusion gives its reason");
        screening.addNote(ids.get(2), "amina", "Outcomes are reported in the appendix.");

        List<ScreeningConflict> conflicts = screening.conflicts(Optional.of(review));
        assertEquals(List.of(ids.get(2)), conflicts.stream().map(ScreeningConflict::recordId).toList());
        assertEquals(List.of(Decision.INCLUDE, Decision.EXCLUDE), conflicts.get(0).latest().stream().map(ScreeningDecision::decision).toList());
        PrismaCounts counts = screening.prisma(Optional.of(review));
        assertEquals(List.of(4L, 3L, 1L, 1L, 0L, 1L, 1L), List.of(counts.identified(), counts.screened(), counts.included(),
                counts.excluded(), counts.maybe(), counts.inConflict(), counts.undecided()), counts::toString);
        assertEquals(Map.of("wrong population", 1L), counts.excludedByReason());

        screening.untag(ids.get(3), review.toUpperCase());
        assertEquals(3, screening.prisma(Optional.of(review)).identified(), "untagged, ignoring case");

        Bundle provider = bundle(context, "org.lanterne.literature.provider");
        provider.stop();
        provider.start();
        LiteratureScreening restarted = service(context, LiteratureScreening.class);
        PrismaCounts again = restarted.prisma(Optional.of(review));
        assertEquals(List.of(3L, 3L, 1L, 1L, 1L, 0L), List.of(again.identified(), again.screened(), again.included(), again.excluded(),
                again.inConflict(), again.undecided()), again::toString);
        assertEquals(3, restarted.decisions(ids.get(0)).size(), "the history is kept");
        assertEquals("Outcomes are reported in the appendix.", restarted.notes(ids.get(2)).get(0).text());
        assertEquals("amina", restarted.notes(ids.get(2)).get(0).author());
    }

    @Test
    void twoRecordsOfOneWorkAreMergedWithTheirTagsNotesDecisionsAndProvenance() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String ris = "TY  - JOUR\nTI  - Merge " + run + " trial of a helpline\nPY  - 2022\nDO  - 10.5555/merge." + run + "\nER  - \n\n"
                + "TY  - RPRT\nTI  - Merge " + run + " helpline report\nPY  - 2023\nER  - \n";
        List<String> ids = references.importReferences("merge-" + run + ".ris", ris, ReferenceFormat.RIS).await(Duration.ofMinutes(1))
                .files().stream().map(f -> f.recordId().orElseThrow()).toList();
        String kept = ids.get(0);
        String other = ids.get(1);
        String review = "Fusion " + run;
        screening.tag(kept, review);
        screening.tag(other, "à relire " + run);
        LiteratureRecord report = library.record(other).orElseThrow();
        // a reviewer adds the DOI the report shares with the trial: the two are now offered for merge
        library.correct(new LiteratureRecord(report.id(), report.title(), report.authors(), report.year(),
                Optional.of("10.5555/merge." + run), report.language(), report.documentType(), report.tags(), report.country(),
                report.sourceFileName(), report.contentHash(), report.details()));
        assertTrue(library.possibleDuplicates().stream().anyMatch(d -> Set.of(d.firstId(), d.secondId()).equals(Set.of(kept, other))));
        screening.decide(kept, "amina", Decision.INCLUDE, Optional.empty());
        screening.decide(other, "yanis", Decision.EXCLUDE, Optional.of("duplicate publication"));
        screening.addNote(other, "yanis", "Same trial as the journal article.");

        LiteratureRecord merged = screening.merge(kept, other);
        assertEquals(Set.of(review, "à relire " + run), merged.tags());
        assertTrue(library.record(other).isEmpty());
        assertTrue(screening.decisions(other).isEmpty() && screening.notes(other).isEmpty());
        assertEquals(List.of("amina", "yanis"), screening.decisions(kept).stream().map(ScreeningDecision::reviewer).toList());
        assertEquals("Same trial as the journal article.", screening.notes(kept).get(0).text());
        assertEquals(List.of(kept), screening.conflicts(Optional.of(review)).stream().map(ScreeningConflict::recordId).toList(),
                "the moved decision now disagrees with the kept one");
        assertEquals(List.of(kept, other), library.provenance(kept).stream().map(Provenance::recordId).toList());
        assertThrows(IllegalArgumentException.class, () -> screening.merge(kept, other), "the merged record is gone");
    }

    /** The corpus of the workplace, or -Dlanterne.corpus, or shared/ beside the clone. */
    private static Path corpus() {
        String configured = System.getProperty("lanterne.corpus");
        if (configured != null) {
            return Path.of(configured);
        }
        Path workplace = Path.of("/work/shared/corpus");
        return Files.isDirectory(workplace) ? workplace : Path.of("../../../shared/corpus").toAbsolutePath().normalize();
    }

    private static void docx(Path target, String paragraph) throws Exception {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Target=\"word/document.xml\" "
                    + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\"/></Relationships>");
            put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + "<w:p><w:r><w:t>" + paragraph + "</w:t></w:r></w:p></w:body></w:document>");
        }
    }

    /** A one-page PDF written object by object, with its cross-reference table. */
    private static void pdf(Path target, String line) throws Exception {
        String content = "BT /F1 12 Tf 72 720 Td (" + line + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        Files.write(target, pdf.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A one-page PDF written object by object, with its cross-reference table; Helvetica in
     * WinAnsiEncoding, so that French accents survive extraction.
     */
    private static void pdfLines(Path target, List<String> lines) throws Exception {
        StringBuilder text = new StringBuilder("BT /F1 9 Tf 12 TL 40 800 Td\n");
        for (String line : lines) {
            text.append('(').append(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")).append(") Tj T*\n");
        }
        String content = text.append("ET").toString();
        java.nio.charset.Charset winAnsi = java.nio.charset.Charset.forName("windows-1252");
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + content.getBytes(winAnsi).length + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>" };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.toString().getBytes(winAnsi).length;
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.toString().getBytes(winAnsi).length;
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        Files.write(target, pdf.toString().getBytes(winAnsi));
    }

    private static void put(ZipOutputStream zip, String name, String content) throws Exception {
        ZipEntry entry = new ZipEntry(name);
        // the same bytes on every run: a data folder left from an earlier run then holds it as a duplicate
        entry.setTime(0);
        zip.putNextEntry(entry);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
