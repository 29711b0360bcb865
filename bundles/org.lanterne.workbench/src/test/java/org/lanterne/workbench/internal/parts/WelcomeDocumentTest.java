package org.lanterne.workbench.internal.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lanterne.workbench.internal.Messages;

class WelcomeDocumentTest {

    /** Each field holds its own name, so every text can be told apart. */
    private static Messages namedMessages() throws IllegalAccessException {
        Messages messages = new Messages();
        for (Field field : Messages.class.getFields()) {
            field.set(messages, "[" + field.getName() + "]");
        }
        return messages;
    }

    private static String cut(WelcomeDocument document, WelcomeDocument.Range range) {
        return document.text().substring(range.start(), range.start() + range.length());
    }

    @Test
    void titleRangeCoversExactlyTheTitle() throws IllegalAccessException {
        Messages messages = namedMessages();
        WelcomeDocument document = WelcomeDocument.of(messages);
        assertEquals(messages.welcome_title, cut(document, document.title()));
        assertTrue(document.text().startsWith(messages.welcome_title));
    }

    @Test
    void headingRangesCoverTheSectionHeadingsInOrder() throws IllegalAccessException {
        Messages messages = namedMessages();
        WelcomeDocument document = WelcomeDocument.of(messages);
        List<String> headings = document.headings().stream().map(range -> cut(document, range)).toList();
        assertEquals(List.of(messages.welcome_perspectives_heading, messages.welcome_privacy_heading,
                messages.welcome_status_heading), headings);
    }

    @Test
    void eachPerspectiveIsAParagraphOfItsOwnWithABullet() throws IllegalAccessException {
        Messages messages = namedMessages();
        String text = WelcomeDocument.of(messages).text();
        for (String perspective : List.of(messages.welcome_clinician, messages.welcome_researcher,
                messages.welcome_programmelead)) {
            assertTrue(text.contains("\n\n\u2022 " + perspective + "\n\n"), perspective);
        }
    }

    @Test
    void everyWelcomeTextIsShown() throws IllegalAccessException {
        Messages messages = namedMessages();
        String text = WelcomeDocument.of(messages).text();
        for (Field field : Messages.class.getFields()) {
            if (field.getName().startsWith("welcome_")) {
                assertTrue(text.contains((String) field.get(messages)), field.getName());
            }
        }
    }
}
