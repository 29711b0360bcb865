package org.lanterne.notes.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lanterne.ui.testing.UiResources;

/** What is checked of a file before it is read and attached, and the name a copy is saved under. */
class AttachmentsViewTest {

    private final NotesMessages english;

    @TempDir
    Path folder;

    AttachmentsViewTest() throws Exception {
        english = UiResources.of(AttachmentsViewTest.class).english(NotesMessages.class);
    }

    @Test
    void aFileUpToTheLimitMayBeAttached() throws IOException {
        assertNull(AttachmentsView.refusal(english, Files.writeString(folder.resolve("letter.txt"), "Synthetic letter.")));
        Path largest = sized("largest.pdf", AttachmentsView.MAX_BYTES);
        assertNull(AttachmentsView.refusal(english, largest));
    }

    @Test
    void aMissingFileAFolderAnEmptyFileAndATooLargeOneAreRefusedWithTheReason() throws IOException {
        Path missing = folder.resolve("missing.pdf");
        assertEquals("There is no file at " + missing + ".", AttachmentsView.refusal(english, missing));
        assertEquals("There is no file at " + folder + ".", AttachmentsView.refusal(english, folder));
        assertEquals("empty.pdf is empty: there is nothing to attach.",
                AttachmentsView.refusal(english, Files.createFile(folder.resolve("empty.pdf"))));
        assertEquals("scan.pdf is larger than 20 MB, the most a session accepts.",
                AttachmentsView.refusal(english, sized("scan.pdf", AttachmentsView.MAX_BYTES + 1)));
    }

    @Test
    void aCopyIsSavedUnderTheNameWithoutFolders() {
        assertEquals("lettre du juge.pdf", AttachmentsView.safeName("lettre du juge.pdf"));
        assertEquals(".._.._etc_passwd", AttachmentsView.safeName("../../etc/passwd"));
        assertEquals("a_b.docx", AttachmentsView.safeName("a\\b.docx"));
    }

    // a sparse file: its size without writing its bytes
    private Path sized(String name, long size) throws IOException {
        Path file = folder.resolve(name);
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(size);
        }
        return file;
    }
}
