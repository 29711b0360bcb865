package org.lanterne.workbench.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.lanterne.workbench.internal.Messages;

/**
 * The welcome text as one string plus the ranges to emphasise, independent of SWT so that its
 * layout can be tested without a display.
 *
 * @param text     the whole text, paragraphs separated by blank lines
 * @param title    the range of the title
 * @param headings the ranges of the section headings, in order
 */
public record WelcomeDocument(String text, Range title, List<Range> headings) {

    /** A range of characters in {@link WelcomeDocument#text()}. */
    public record Range(int start, int length) {
    }

    public WelcomeDocument {
        headings = List.copyOf(headings);
    }

    /** @return the welcome text in the language of {@code messages} */
    public static WelcomeDocument of(Messages messages) {
        Builder builder = new Builder();
        builder.title(messages.welcome_title);
        builder.paragraph(messages.welcome_intro);
        builder.heading(messages.welcome_perspectives_heading);
        builder.bullet(messages.welcome_clinician);
        builder.bullet(messages.welcome_researcher);
        builder.bullet(messages.welcome_programmelead);
        builder.paragraph(messages.welcome_perspectives_switch);
        builder.heading(messages.welcome_privacy_heading);
        builder.paragraph(messages.welcome_privacy);
        builder.heading(messages.welcome_status_heading);
        builder.paragraph(messages.welcome_status);
        return builder.build();
    }

    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Range> headings = new ArrayList<>();
        private Range title;

        Builder title(String line) {
            title = append(line);
            return this;
        }

        Builder heading(String line) {
            headings.add(append(line));
            return this;
        }

        Builder paragraph(String line) {
            append(line);
            return this;
        }

        Builder bullet(String line) {
            append("\u2022 " + line);
            return this;
        }

        private Range append(String line) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(line);
            return new Range(start, line.length());
        }

        WelcomeDocument build() {
            return new WelcomeDocument(text.toString(), title, headings);
        }
    }
}
