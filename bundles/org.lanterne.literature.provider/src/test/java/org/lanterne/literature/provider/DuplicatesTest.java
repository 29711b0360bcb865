package org.lanterne.literature.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lanterne.literature.api.FileOutcome;
import org.lanterne.literature.api.ImportReport;

/** The same document is imported once, whether it comes again as the same file, by DOI or by title and year. */
class DuplicatesTest {

    @TempDir
    Path temp;

    @Test
    void theSameFileUnderAnotherNameIsADuplicateOfTheFirst() throws Exception {
        Path first = copy("cese-avis-enfants-reseaux-sociaux-2024.fr.txt", "avis.txt");
        Path again = copy("cese-avis-enfants-reseaux-sociaux-2024.fr.txt", "avis-copie.txt");
        try (Library library = TestFiles.open(temp.resolve("library"))) {
            ImportReport report = library.start(List.of(first, again)).await(Duration.ofMinutes(1));
            String id = report.files().get(0).recordId().orElseThrow();
            assertDuplicate(report.files().get(1), id, "same content");

            // and again in a later import
            ImportReport later = library.start(List.of(again)).await(Duration.ofMinutes(1));
            assertDuplicate(later.files().get(0), id, "same content");
            assertEquals(1, library.size());
        }
    }

    @Test
    void twoFilesWithTheSameDoiAreOneWork() throws Exception {
        Path a = temp.resolve("preprint.txt");
        Files.writeString(a, "Prévenir les abus sexuels : une évaluation\n\nPréprint. doi:10.1234/lanterne.2024.007.\n"
                + "Le programme a été évalué auprès de deux cents familles pendant deux ans.");
        Path b = temp.resolve("published.txt");
        Files.writeString(b, "Evaluating prevention of child sexual abuse\n\nhttps://doi.org/10.1234/LANTERNE.2024.007\n"
                + "The programme was evaluated with two hundred families over two years.");
        try (Library library = TestFiles.open(temp.resolve("library"))) {
            ImportReport report = library.start(List.of(a, b)).await(Duration.ofMinutes(1));
            String id = report.files().get(0).recordId().orElseThrow();
            assertEquals("10.1234/lanterne.2024.007", library.record(id).orElseThrow().doi().orElseThrow());
            assertDuplicate(report.files().get(1), id, "same DOI 10.1234/lanterne.2024.007");
        }
    }

    @Test
    void aPdfWithANearlyIdenticalTitleAndTheSameYearIsADuplicate() throws Exception {
        String name = "emc-portail-signalement-iwf-2021.fr.txt";
        String text = Files.readString(TestFiles.CORPUS.resolve(name));
        Path pdf = temp.resolve("portail.pdf");
        TestFiles.pdf(text, "Lancement du portail marocain de signalement avec l'Internet Watch Foundation", 2021, pdf, null);
        Path sameWork = temp.resolve("portail-v2.pdf");
        // other bytes, title differing in case, accents and punctuation only
        TestFiles.pdf(text + "\nVersion corrigée.", "LANCEMENT du portail marocain de signalement, avec l’Internet Watch Foundation.", 2021,
                sameWork, null);
        Path otherYear = temp.resolve("portail-2022.pdf");
        TestFiles.pdf(text + "\nBilan un an après.", "Lancement du portail marocain de signalement avec l'Internet Watch Foundation",
                2022, otherYear, null);
        try (Library library = TestFiles.open(temp.resolve("library"))) {
            ImportReport report = library.start(List.of(pdf, sameWork, otherYear)).await(Duration.ofMinutes(1));
            String id = report.files().get(0).recordId().orElseThrow();
            assertDuplicate(report.files().get(1), id, "same title and year (2021)");
            assertEquals(FileOutcome.Status.IMPORTED, report.files().get(2).status(), "another year is another document");
        }
    }

    private Path copy(String corpusName, String as) throws Exception {
        return Files.copy(TestFiles.CORPUS.resolve(corpusName), temp.resolve(as));
    }

    private static void assertDuplicate(FileOutcome outcome, String of, String reason) {
        assertEquals(FileOutcome.Status.DUPLICATE, outcome.status(), outcome::toString);
        assertEquals(of, outcome.duplicateOf().orElseThrow());
        assertTrue(outcome.reason().orElseThrow().startsWith(reason), outcome.reason()::orElseThrow);
    }
}
