package org.lanterne.evaluation.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lanterne.evaluation.api.Cohort;

/** A cohort put in the evaluation folder replaces the demo cohort; one that cannot be read is refused with the file, line and column. */
class CohortFolderSourceTest {

    static final Path DEMO = Path.of("../../datasets/demo");

    @TempDir
    Path folder;

    @BeforeEach
    void copyTheDemoCohort() throws IOException {
        for (String file : CohortReader.FILES) {
            Files.copy(DEMO.resolve(file), folder.resolve(file));
        }
    }

    @Test
    void aCohortInTheFolderIsReadAndReadAgainWhenAFileChanges() throws IOException {
        CohortFolderSource source = new CohortFolderSource(folder);
        Cohort first = source.cohort();
        assertEquals(folder.toAbsolutePath().toString(), first.source());
        assertEquals(900, first.participants().size());
        assertSame(first, source.cohort(), "unchanged files are not read again");

        Path outcomes = folder.resolve("outcomes.csv");
        Files.writeString(outcomes, Files.readString(outcomes).lines().limit(11).reduce("", (a, b) -> a + b + "\n"));
        Files.setLastModifiedTime(outcomes, FileTime.from(Instant.now().plusSeconds(5)));
        Cohort second = source.cohort();
        assertNotSame(first, second);
        assertEquals(10, second.followUps().size());
    }

    @Test
    void aValueThatDoesNotFitItsColumnIsRefusedWithTheFileLineAndColumnButNotTheValue() throws IOException {
        Path participants = folder.resolve("participants.csv");
        String text = Files.readString(participants, StandardCharsets.UTF_8);
        Files.writeString(participants, text.replaceFirst("2025-01-27", "27/01/2025"), StandardCharsets.UTF_8);

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new CohortFolderSource(folder).cohort());

        assertEquals("participants.csv, line 2: enrolled_on is not a day (YYYY-MM-DD).", refused.getMessage());
        assertFalse(refused.getMessage().contains("27/01/2025"));
    }

    @Test
    void aMissingTableIsNamedWithTheFilesACohortNeeds() throws IOException {
        Files.delete(folder.resolve("sessions.csv"));

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new CohortFolderSource(folder).cohort());

        assertTrue(refused.getMessage().contains("lacks") && refused.getMessage().contains("sessions.csv"), refused.getMessage());
    }

    @Test
    void withoutParticipantsTheDemoCohortIsUsed() throws IOException {
        Files.delete(folder.resolve("participants.csv"));

        assertEquals(CohortFolderSource.DEMO, new CohortFolderSource(folder).cohort().source());
    }
}
