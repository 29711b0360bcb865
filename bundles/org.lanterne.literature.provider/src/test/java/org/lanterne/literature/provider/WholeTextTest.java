package org.lanterne.literature.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lanterne.literature.api.QuerySyntaxException;

/** A record's whole stored text, plain and with every hit of a query marked, for the preview. */
class WholeTextTest {

    @TempDir
    Path temp;

    @Test
    void theWholeTextIsGivenAndEveryHitInItIsMarked() throws Exception {
        Path file = TestFiles.CORPUS.resolve("weprotect-unicef-revue-mrn-2022.fr.txt");
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        try (Library library = TestFiles.open(temp.resolve("library"))) {
            String id = library.start(List.of(file)).await(Duration.ofMinutes(1)).files().get(0).recordId().orElseThrow();
            String text = library.text(id).orElseThrow();
            assertTrue(text.contains(lines.get(0).strip()) && text.contains(lines.get(lines.size() - 1).strip()), "from the first line to the last");

            String marked = library.highlight(id, "enfant").orElseThrow();
            long inText = count(text.toLowerCase(), "enfants") + count(text.toLowerCase(), "enfant ");
            long marks = count(marked, "<mark>");
            assertTrue(marks >= inText && marks > 3, marks + " marks for about " + inText + " forms of the word");
            assertTrue(marked.contains("<mark>enfants</mark>") || marked.contains("<mark>Enfants</mark>"));
            String unmarked = marked.replace("<mark>", "").replace("</mark>", "");
            assertFalse(unmarked.contains("<"), "the rest is escaped");
            assertTrue(unmarked.length() >= text.length(), "nothing is cut (escaping only lengthens)");

            assertTrue(library.highlight(id, "\"signalement en ligne\"").orElseThrow().contains("<mark>signalement en ligne</mark>"),
                    "a phrase is one mark");
            assertEquals(0, count(library.highlight(id, "").orElseThrow(), "<mark>"));
            assertTrue(library.highlight("lit-unknown", "enfant").isEmpty());
            assertTrue(library.text("lit-unknown").isEmpty());
            assertThrows(QuerySyntaxException.class, () -> library.highlight(id, "enfant AND (securite"));
        }
    }

    private static long count(String text, String word) {
        long n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            n++;
        }
        return n;
    }
}
