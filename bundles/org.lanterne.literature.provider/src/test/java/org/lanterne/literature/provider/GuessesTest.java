package org.lanterne.literature.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** Language, title, year and DOI guessed from text. */
class GuessesTest {

    @Test
    void everyCorpusReportIsFrench() throws Exception {
        for (var file : TestFiles.corpusTexts()) {
            assertEquals("fr", Guesses.language(Files.readString(file)), file.toString());
        }
    }

    @Test
    void englishArabicAndTooShortTexts() {
        assertEquals("en", Guesses.language("The evaluation of the programme shows that it is effective for the families "
                + "and that the children who took part in it were safer with their parents."));
        assertEquals("ar", Guesses.language("تهدف هذه الدراسة إلى تقييم برامج الوقاية من الاعتداء الجنسي على الأطفال في المغرب."));
        assertEquals("und", Guesses.language("ICMEC 2025"));
    }

    @Test
    void titleYearAndDoi() {
        assertEquals("Synthèse de l'étude", Guesses.title("\n\n  Synthèse   de l'étude\n\nMaroc").orElseThrow());
        assertEquals(2021, Guesses.year(" date 2021-02 Le Maroc", 100).getAsInt());
        assertTrue(Guesses.year("page 1 sur 3000", 100).isEmpty());
        assertEquals("10.1016/j.chiabu.2020.104567", Guesses.doi("see https://doi.org/10.1016/J.CHIABU.2020.104567).").orElseThrow());
        assertTrue(Guesses.similarity(Guesses.titleKey("L’Avis du CESE, 2024"), Guesses.titleKey("l'avis du cese 2024")) == 1);
    }
}
