package org.lanterne.literature.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lanterne.literature.api.ReferenceFormat;
import org.lanterne.literature.api.SortOrder;

/**
 * An index damaged on disk between two starts (bytes flipped or a file cut short in its largest
 * segment file, a segment file lost) is found when the library opens, set aside, and rebuilt from
 * the stored text: the same searches find the same records again.
 */
class DamagedIndexTest {

    private static final String LIST = "TY  - JOUR\nTI  - Les violences numériques envers les enfants\nAU  - Benali, Karim\nPY  - 2023\n"
            + "AB  - Une revue des signalements de cyberharcèlement dans les écoles.\nER  - \n"
            + "TY  - RPRT\nTI  - Prévenir les violences sexuelles : un guide pour les parents\nAU  - UNICEF\nPY  - 2022\nER  - \n"
            + "TY  - JOUR\nTI  - A helpline for people worried about their sexual thoughts\nAU  - Smith, Anne\nPY  - 2021\nER  - \n";
    private static final List<String> QUERIES = List.of("violences", "author:unicef", "year:2021..2023", "cyberharcèlement", "");

    enum Damage {
        BYTES_FLIPPED, CUT_SHORT, FILE_LOST
    }

    @TempDir
    Path temp;

    private Path folder;
    private List<List<String>> before;

    @BeforeEach
    void importThreeReferences() throws Exception {
        folder = temp.resolve("library");
        try (Library library = TestFiles.open(folder)) {
            library.importReferences("liste.ris", LIST, ReferenceFormat.RIS).await(Duration.ofMinutes(1));
            before = hits(library);
        }
        assertEquals(2, before.get(0).size(), "both texts on violence are found before the damage");
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aDamagedIndexIsSetAsideAndRebuiltWithTheSameHits(Damage damage) throws Exception {
        damage(largestFile(folder.resolve("index")), damage);

        try (Library library = TestFiles.open(folder)) {
            assertTrue(library.rebuildAtOpen().isPresent(), "the damage is found when the library opens");
            library.rebuildAtOpen().get().await(Duration.ofMinutes(1));
            assertEquals(before, hits(library));
        }
        assertTrue(Files.isDirectory(folder.resolve(DamagedIndex.SET_ASIDE)), "the damaged index is kept aside");
    }

    @Test
    void aWholeIndexIsOpenedAsItIs() throws Exception {
        try (Library library = TestFiles.open(folder)) {
            assertFalse(library.rebuildAtOpen().isPresent());
            assertEquals(before, hits(library));
        }
        assertFalse(Files.exists(folder.resolve(DamagedIndex.SET_ASIDE)));
    }

    private static List<List<String>> hits(Library library) throws Exception {
        List<List<String>> hits = new ArrayList<>();
        for (String query : QUERIES) {
            hits.add(library.search(query, Set.of(), SortOrder.YEAR_NEWEST_FIRST, 0, 10).hits().stream()
                    .map(hit -> hit.record().id()).toList());
        }
        return hits;
    }

    private static Path largestFile(Path index) throws IOException {
        try (Stream<Path> files = Files.list(index)) {
            return files.filter(f -> !f.getFileName().toString().startsWith("segments") && !f.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(DamagedIndexTest::size)).orElseThrow();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void damage(Path file, Damage damage) throws IOException {
        switch (damage) {
        case BYTES_FLIPPED -> {
            try (RandomAccessFile bytes = new RandomAccessFile(file.toFile(), "rw")) {
                for (long at = bytes.length() / 2; at < bytes.length() / 2 + 16; at++) {
                    bytes.seek(at);
                    int b = bytes.read();
                    bytes.seek(at);
                    bytes.write(~b);
                }
            }
        }
        case CUT_SHORT -> {
            try (RandomAccessFile bytes = new RandomAccessFile(file.toFile(), "rw")) {
                bytes.setLength(bytes.length() / 2);
            }
        }
        case FILE_LOST -> Files.delete(file);
        }
    }
}
