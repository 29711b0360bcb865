package org.lanterne.notes.provider;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lanterne.fuzz.testing.Fuzz;
import org.lanterne.fuzz.testing.HostileEdits;
import org.lanterne.fuzz.testing.HostileJson;
import org.lanterne.fuzz.testing.Outcome;
import org.lanterne.notes.api.NoteTemplate;

/**
 * Note templates edited at random from the built-in ones, as bytes and as well-formed JSON of the
 * wrong shape: each is read into a template with an English title and at least one section, or
 * refused with an {@link IllegalArgumentException} that starts with the file's name, never with
 * another exception, within {@link Outcome#DEADLINE}.
 */
class TemplateFuzzTest {

    /** The built-in files, edited at random. */
    private static final List<String> BUILT_IN = List.of(builtIn("session-note.json"), builtIn("circles-meeting.json"));

    private static final String SOURCE = "edited.json";

    @Test
    void editedBytesAreReadOrRefused() {
        Fuzz.forAll(random -> HostileEdits.bytesOf(HostileEdits.pick(BUILT_IN, random), 4, random), TemplateFuzzTest::readOrRefuse);
    }

    @Test
    void wrongShapesAreReadOrRefused() {
        Fuzz.forAll(random -> HostileJson.of(HostileEdits.pick(BUILT_IN, random), 3, random),
                file -> readOrRefuse(file.getBytes(StandardCharsets.UTF_8)));
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
}
