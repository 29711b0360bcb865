package org.lanterne.literature.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;

/**
 * A snippet of a search hit as plain text with the places of its hits. The library marks hits
 * with {@code <mark>} and HTML-escapes the rest; SWT shows plain text with style ranges.
 *
 * @param text the passage without markup
 * @param hits where the hits are in {@code text}, in order and not overlapping
 */
record Passage(String text, List<Hit> hits) {

    /** One highlighted run of a passage. */
    record Hit(int start, int length) {
    }

    private static final String ELLIPSIS = "… ";
    private static final String MARK_START = "<mark>";
    private static final String MARK_END = "</mark>";
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

    Passage {
        hits = List.copyOf(hits);
    }

    /** @param snippet a passage as {@link org.lanterne.literature.api.SearchHit#snippets()} gives it */
    static Passage of(String snippet) {
        StringBuilder text = new StringBuilder();
        List<Hit> hits = new ArrayList<>();
        int at = 0;
        while (at < snippet.length()) {
            int start = snippet.indexOf(MARK_START, at);
            if (start < 0) {
                text.append(unescape(snippet.substring(at)));
                break;
            }
            text.append(unescape(snippet.substring(at, start)));
            int end = snippet.indexOf(MARK_END, start);
            // an unclosed mark runs to the end of the passage
            int stop = end < 0 ? snippet.length() : end;
            String hit = unescape(snippet.substring(start + MARK_START.length(), stop));
            hits.add(new Hit(text.length(), hit.length()));
            text.append(hit);
            at = end < 0 ? snippet.length() : end + MARK_END.length();
        }
        return new Passage(text.toString(), hits);
    }

    /** @return the passages one after the other, separated by {@code separator}, with their hits moved along */
    static Passage join(List<Passage> passages, String separator) {
        StringBuilder text = new StringBuilder();
        List<Hit> hits = new ArrayList<>();
        for (Passage passage : passages) {
            if (!text.isEmpty()) {
                text.append(separator);
            }
            int offset = text.length();
            passage.hits().forEach(hit -> hits.add(new Hit(offset + hit.start(), hit.length())));
            text.append(passage.text());
        }
        return new Passage(text.toString(), hits);
    }

    /** @return the same passage on one line: line breaks and tabs become spaces, so the hits stay in place */
    Passage oneLine() {
        return new Passage(text.replaceAll("[\\r\\n\\t]", " "), hits);
    }

    /**
     * @param before how many characters to keep before the first hit, at most
     * @return the passage from the word a few characters before its first hit, after an ellipsis, so
     *         that a narrow cell shows the hit; the same passage when the hit is that near the start
     */
    Passage fromFirstHit(int before) {
        if (hits.isEmpty() || hits.get(0).start() <= before) {
            return this;
        }
        int first = hits.get(0).start();
        int space = text.indexOf(' ', first - before);
        int cut = space >= 0 && space < first ? space + 1 : first - before;
        int shift = ELLIPSIS.length() - cut;
        return new Passage(ELLIPSIS + text.substring(cut), hits.stream().map(hit -> new Hit(hit.start() + shift, hit.length())).toList());
    }

    /**
     * @param offset     where the passage starts in the styled text
     * @param background the colour behind hits
     * @return one bold style range per hit, ready for a {@code StyledText} or a {@code TextLayout}
     */
    List<StyleRange> styles(int offset, Color background) {
        return hits.stream().map(hit -> {
            StyleRange style = new StyleRange(offset + hit.start(), hit.length(), null, background);
            style.fontStyle = SWT.BOLD;
            return style;
        }).toList();
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
