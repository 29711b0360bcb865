package org.lanterne.notes.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lanterne.notes.api.NoteTemplate;

class TemplateReaderTest {

    private static NoteTemplate builtIn(String name) throws IOException {
        try (InputStream in = TemplateReaderTest.class.getResourceAsStream("/templates/" + name)) {
            return TemplateReader.read(in, name);
        }
    }

    private static String refusal(String json) {
        return assertThrows(IllegalArgumentException.class,
                () -> TemplateReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "broken.json")).getMessage();
    }

    @Test
    void theBuiltInSessionNoteHasTheFourSectionsInEveryLanguage() throws IOException {
        NoteTemplate note = builtIn("session-note.json");

        assertEquals(List.of("presentation", "content", "risk-and-protective-factors", "plan"), note.sections().stream().map(NoteTemplate.Section::id).toList());
        assertEquals(List.of(true, true, true, false), note.sections().stream().map(NoteTemplate.Section::required).toList());
        for (String language : List.of("en", "fr", "ar")) {
            Locale locale = Locale.forLanguageTag(language);
            assertTrue(note.sections().stream().allMatch(s -> s.labels().containsKey(language) && s.prompts().containsKey(language)), language);
            assertEquals(note.titles().get(language), note.title(locale));
        }
        assertEquals("Session note", note.title(Locale.GERMAN), "English when the language is missing");
        assertEquals(List.of("circles"), builtIn("circles-meeting.json").programmes());
    }

    @Test
    void mistakesAreNamedWithTheFileAndTheField() {
        assertTrue(refusal("{ \"id\": ").startsWith("broken.json: not JSON"));
        assertTrue(refusal("[]").contains("a template is a JSON object"));
        assertTrue(refusal("{\"id\":\"Bad Id\"}").contains("broken.json id"));
        assertTrue(refusal("{\"id\":\"t\",\"version\":\"1\",\"title\":{\"fr\":\"Note\"}}").contains("title: needs at least an English"));
        assertTrue(refusal("{\"id\":\"t\",\"version\":\"1\",\"title\":{\"en\":\"N\"},\"sections\":[]}").contains("sections must be a list"));
        String twice = "{\"id\":\"t\",\"version\":\"1\",\"title\":{\"en\":\"N\"},\"sections\":["
                + "{\"id\":\"a\",\"label\":{\"en\":\"A\"},\"prompt\":{\"en\":\"A\"}},{\"id\":\"a\",\"label\":{\"en\":\"A\"},\"prompt\":{\"en\":\"A\"}}]}";
        assertTrue(refusal(twice).contains("sections[1]: the section id a is used twice"));
    }

    @Test
    void aDroppedTemplateIsOfferedForItsProgrammeAndABrokenOneIsLeftOut(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("youth.json"), "{\"id\":\"youth-session\",\"version\":\"1\",\"title\":{\"en\":\"Youth\"},"
                + "\"programmes\":[\"youth\"],\"sections\":[{\"id\":\"family\",\"label\":{\"en\":\"Family\"},\"prompt\":{\"en\":\"Who came\"}}]}");
        Files.writeString(folder.resolve("broken.json"), "{");
        Files.writeString(folder.resolve("again.json"), Files.readString(folder.resolve("youth.json")));
        FolderNoteTemplates templates = new FolderNoteTemplates(Map.of("session-note", builtInUnchecked()), folder);

        assertEquals(List.of("session-note", "youth-session"), templates.list().stream().map(NoteTemplate::id).toList());
        assertEquals(List.of("session-note", "youth-session"), templates.forProgramme("youth").stream().map(NoteTemplate::id).toList());
        assertEquals(List.of("session-note"), templates.forProgramme("circles").stream().map(NoteTemplate::id).toList());
        assertTrue(templates.get("youth-session").isPresent());
        assertEquals(List.of("session-note"), new FolderNoteTemplates(Map.of("session-note", builtInUnchecked()), folder.resolve("none"))
                .list().stream().map(NoteTemplate::id).toList());
    }

    private static NoteTemplate builtInUnchecked() {
        try {
            return builtIn("session-note.json");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
