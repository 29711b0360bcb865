package org.lanterne.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search snippet as plain text with the places of its hits. The search services of the
 * capabilities mark hits with {@code <mark>} and HTML-escape the rest; SWT shows plain text with
 * style ranges, so the parts read snippets through this.
 *
 * @param text  the snippet without markup
 * @param marks where the hits are in {@code text}, in order and not overlapping
 */
public record MarkedText(String text, List<Mark> marks) {

    /**
     * One highlighted run.
     *
     * @param start  its first character in the text
     * @param length how many characters it covers
     */
    public record Mark(int start, int length) {
    }

    private static final String MARK_START = "<mark>";
    private static final String MARK_END = "</mark>";
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

    public MarkedText {
        marks = List.copyOf(marks);
    }

    /** @param snippet HTML-escaped text whose hits are in {@code <mark>}; an unclosed mark runs to the end */
    public static MarkedText of(String snippet) {
        StringBuilder text = new StringBuilder();
        List<Mark> marks = new ArrayList<>();
        int at = 0;
        while (at < snippet.length()) {
            int start = snippet.indexOf(MARK_START, at);
            if (start < 0) {
                text.append(unescape(snippet.substring(at)));
                break;
            }
            text.append(unescape(snippet.substring(at, start)));
            int end = snippet.indexOf(MARK_END, start);
            int stop = end < 0 ? snippet.length() : end;
            String hit = unescape(snippet.substring(start + MARK_START.length(), stop));
            marks.add(new Mark(text.length(), hit.length()));
            text.append(hit);
            at = end < 0 ? snippet.length() : end + MARK_END.length();
        }
        return new MarkedText(text.toString(), marks);
    }

    /** @return the marked words, in order, as they read in the text */
    public List<String> markedWords() {
        return marks.stream().map(mark -> text.substring(mark.start(), mark.start() + mark.length())).toList();
    }

    private static String unescape(String escaped) {
        Matcher entity = ENTITY.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String character = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1)));
            };
            entity.appendReplacement(out, Matcher.quoteReplacement(character));
        }
        entity.appendTail(out);
        return out.toString();
    }
}
