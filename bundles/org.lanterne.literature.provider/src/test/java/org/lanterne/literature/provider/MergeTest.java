package org.lanterne.literature.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lanterne.literature.api.FileOutcome;
import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.PossibleDuplicate;
import org.lanterne.literature.api.Provenance;
import org.lanterne.literature.api.SortOrder;

/** Records of the same work found in the library, merged into one that keeps both provenances. */
class MergeTest {

    @TempDir
    Path temp;

    @Test
    void recordsThatBecameAlikeAreOfferedAndMergedIntoOneWithBothProvenances() throws Exception {
        Path report = Files.copy(TestFiles.CORPUS.resolve("emc-portail-signalement-iwf-2021.fr.txt"), temp.resolve("portail.txt"));
        Path summary = Files.copy(TestFiles.CORPUS.resolve("cese-avis-enfants-reseaux-sociaux-2024.fr.txt"), temp.resolve("avis.txt"));
        Path folder = temp.resolve("library");
        String kept;
        String merged;
        try (Library library = TestFiles.open(folder)) {
            List<FileOutcome> files = library.start(List.of(report, summary)).await(Duration.ofMinutes(1)).files();
            kept = files.get(0).recordId().orElseThrow();
            merged = files.get(1).recordId().orElseThrow();
            assertTrue(library.possibleDuplicates().isEmpty());

            // a reviewer finds both are the same work: the same DOI, each with its own tag
            library.update(with(library.record(kept).orElseThrow(), Optional.of("10.1234/portail.2021"), Set.of("signalement"), OptionalInt.empty()));
            library.update(with(library.record(merged).orElseThrow(), Optional.of("10.1234/portail.2021"), Set.of("Signalement", "revue"),
                    OptionalInt.of(2021)));
            assertEquals(List.of(new PossibleDuplicate(min(kept, merged), max(kept, merged), "same DOI 10.1234/portail.2021")),
                    library.possibleDuplicates());

            LiteratureRecord result = library.merge(kept, merged);
            assertEquals(Set.of("signalement", "revue"), result.tags(), "tags joined, ignoring case");
            assertEquals(Optional.of("10.1234/portail.2021"), result.doi());
            assertEquals("portail.txt", result.sourceFileName());
            assertEquals(1, library.size());
            assertTrue(library.record(merged).isEmpty());
            assertTrue(library.text(merged).isEmpty());
            assertTrue(library.possibleDuplicates().isEmpty());
            List<Provenance> provenance = library.provenance(kept);
            assertEquals(List.of("portail.txt", "avis.txt"), provenance.stream().map(Provenance::source).toList());
            assertEquals(merged, provenance.get(1).recordId());
            assertEquals(1, library.search("tag:revue", Set.of(), SortOrder.RELEVANCE, 0, 5).total());

            // the merged file imported again is a duplicate of the kept record
            FileOutcome again = library.start(List.of(summary)).await(Duration.ofMinutes(1)).files().get(0);
            assertEquals(FileOutcome.Status.DUPLICATE, again.status());
            assertEquals(Optional.of(kept), again.duplicateOf());

            assertThrows(IllegalArgumentException.class, () -> library.merge(kept, kept));
            assertThrows(IllegalArgumentException.class, () -> library.merge(kept, merged));
        }
        // after a restart and a rebuild of the index from the stored text, all of it holds
        try (Library library = TestFiles.open(folder)) {
            library.rebuild().await(Duration.ofMinutes(1));
            assertEquals(1, library.size());
            assertEquals(2, library.provenance(kept).size());
            FileOutcome again = library.start(List.of(summary)).await(Duration.ofMinutes(1)).files().get(0);
            assertEquals(Optional.of(kept), again.duplicateOf());
        }
    }

    private static LiteratureRecord with(LiteratureRecord r, Optional<String> doi, Set<String> tags, OptionalInt year) {
        return new LiteratureRecord(r.id(), r.title(), r.authors(), year.isPresent() ? year : r.year(), doi, r.language(),
                r.documentType(), tags, r.country(), r.sourceFileName(), r.contentHash(), r.details());
    }

    private static String min(String a, String b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) < 0 ? b : a;
    }
}
