package org.lanterne.notes.provider;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.lanterne.fuzz.testing.HostileEdits;
import org.lanterne.fuzz.testing.HostileJson;
import org.lanterne.fuzz.testing.Outcome;
import org.lanterne.notes.api.NoteTemplate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Note templates edited at random from the built-in ones, as bytes and as well-formed JSON of the
 * wrong shape: each is read into a template with an English title and at least one section, or
 * refused with an {@link IllegalArgumentException} that starts with the file's name, never with
 * another exception, within {@link Outcome#DEADLINE}.
 */
class TemplateFuzzTest {

    private static final String SOURCE = "edited.json";

    @Property(seed = HostileEdits.SEED)
    void editedBytesAreReadOrRefused(@ForAll("editedBytes") byte[] file) {
        readOrRefuse(file);
    }

    @Property(seed = HostileEdits.SEED)
    void wrongShapesAreReadOrRefused(@ForAll("wrongShapes") String file) {
        readOrRefuse(file.getBytes(StandardCharsets.UTF_8));
    }

    private static void readOrRefuse(byte[] file) {
        NoteTemplate template = Outcome.resultOr(IllegalArgumentException.class, () -> read(file));
        if (template != null) {
            assertTrue(!template.titles().getOrDefault("en", "").isBlank() && !template.sections().isEmpty(), template.toString());
        }
    }

    private static NoteTemplate read(byte[] file) throws IOException {
        try {
            return TemplateReader.read(new ByteArrayInputStream(file), SOURCE);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().startsWith(SOURCE), "the refusal names the file: " + e.getMessage());
            throw e;
        }
    }

    private static String builtIn(String name) {
        try (InputStream in = TemplateFuzzTest.class.getResourceAsStream("/templates/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<byte[]> editedBytes() {
        return Arbitraries.of("session-note.json", "circles-meeting.json").flatMap(name -> HostileEdits.bytesOf(builtIn(name), 4));
    }

    @Provide
    Arbitrary<String> wrongShapes() {
        return Arbitraries.of("session-note.json", "circles-meeting.json").flatMap(name -> HostileJson.of(builtIn(name), 3));
    }
}
