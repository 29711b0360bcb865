package org.lanterne.literature.provider;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds an index that cannot be trusted before the library opens it — a file whose checksum no
 * longer matches (a disk error, a copy cut short), a missing file, a format this version cannot
 * read — and sets it aside, so that the library starts on an empty index and rebuilds it from the
 * stored text. The index holds nothing that the stored text does not.
 */
final class DamagedIndex {

    /** Where the last damaged index is kept, beside the index, until the next one replaces it. */
    static final String SET_ASIDE = "index.damaged";

    private static final Logger LOG = LoggerFactory.getLogger(DamagedIndex.class);

    private DamagedIndex() {
    }

    /**
     * Reads every file of the index once to verify its checksums (cheap next to a rebuild).
     *
     * @return whether the index was damaged and set aside
     * @throws IOException if the index cannot be read for another reason (permissions, a lock)
     */
    static boolean setAsideIfDamaged(Path index) throws IOException {
        if (!Files.isDirectory(index)) {
            return false;
        }
        String damage;
        try (FSDirectory directory = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(directory)) {
                return false;
            }
            damage = damage(directory);
        }
        if (damage == null) {
            return false;
        }
        Path aside = index.resolveSibling(SET_ASIDE);
        delete(aside);
        Files.move(index, aside, StandardCopyOption.ATOMIC_MOVE);
        // the reason names a kind of damage, never a document
        LOG.warn("The literature index was damaged ({}): it was set aside in {} and is being rebuilt from the stored text", damage, aside);
        return true;
    }

    /** @return what is wrong with the index, or {@code null} if its every file is whole */
    private static String damage(FSDirectory directory) throws IOException {
        try (CheckIndex check = new CheckIndex(directory)) {
            check.setChecksumsOnly(true);
            CheckIndex.Status status = check.checkIndex();
            return status.clean ? null : "a segment failed its check";
        } catch (CorruptIndexException e) {
            return "a file does not match its checksum";
        } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
            return "written in a format this version does not read";
        } catch (EOFException | NoSuchFileException | FileNotFoundException e) {
            return "a file is missing or cut short";
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
