package org.lanterne.literature.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lanterne.literature.api.Facet;
import org.lanterne.literature.api.FacetCount;
import org.lanterne.literature.api.FacetRequest;
import org.lanterne.literature.api.SearchResult;
import org.lanterne.literature.api.SortOrder;

/** Arabic and English documents next to French ones, each analysed in its language. */
class LanguagesTest {

    @TempDir
    Path temp;

    @Test
    void eachLanguageIsSearchedWithItsOwnAnalysis() throws Exception {
        Path arabic = temp.resolve("dalil.txt");
        Files.writeString(arabic, "دليل الوقاية\n\nيهدف هذا الدليل إلى حماية الأطفال من الاعتداء الجنسي عبر الإنترنت وإلى دعم الأسرة والمدرسة في المغرب.");
        Path english = temp.resolve("review.html");
        Files.writeString(english, "<html lang=\"en\"><head><title>Prevention programmes for young people</title></head><body>"
                + "<p>This review describes the programmes that are offered to young people with harmful sexual behaviour and to "
                + "their families, and what is known of their effects on the children who took part.</p></body></html>");
        Path french = Files.copy(TestFiles.CORPUS.resolve("emc-portail-signalement-iwf-2021.fr.txt"), temp.resolve("emc.txt"));
        try (Library library = TestFiles.open(temp.resolve("library"))) {
            library.start(List.of(arabic, english, french)).await(Duration.ofMinutes(1));

            SearchResult children = search(library, "أطفال");
            assertEquals(1, children.total());
            assertEquals("ar", children.hits().get(0).record().language());
            assertEquals("دليل الوقاية", children.hits().get(0).record().title());
            assertTrue(children.hits().get(0).snippets().get(0).contains("<mark>الأطفال</mark>"), children.hits().get(0).snippets()::toString);
            assertEquals(1, search(library, "مدرسة").total());

            SearchResult programme = search(library, "programme");
            assertEquals(1, programme.total());
            assertEquals("en", programme.hits().get(0).record().language());
            assertEquals("html", programme.hits().get(0).record().documentType());
            assertEquals("Prevention programmes for young people", programme.hits().get(0).record().title());
            assertEquals(1, search(library, "lang:english AND title:program*").total());
            assertEquals(1, search(library, "lang:arabe").total());

            SearchResult all = library.search("", Set.of(FacetRequest.of(Facet.LANGUAGE)), SortOrder.RELEVANCE, 0, 1);
            assertEquals(Set.of(new FacetCount("ar", 1), new FacetCount("en", 1), new FacetCount("fr", 1)),
                    Set.copyOf(all.facets().get(Facet.LANGUAGE)));
        }
    }

    private static SearchResult search(Library library, String query) throws Exception {
        return library.search(query, Set.of(), SortOrder.RELEVANCE, 0, 10);
    }
}
