package org.lanterne.literature.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.lanterne.workbench.MarkedText;

/**
 * A snippet of a search hit as plain text with the places of its hits, read with
 * {@link MarkedText}, cut and styled for the Library's cells and preview.
 *
 * @param text the passage without markup
 * @param hits where the hits are in {@code text}, in order and not overlapping
 */
record Passage(String text, List<Hit> hits) {

    /** One highlighted run of a passage. */
    record Hit(int start, int length) {
    }

    private static final String ELLIPSIS = "… ";

    Passage {
        hits = List.copyOf(hits);
    }

    /** @param snippet a passage as {@link org.lanterne.literature.api.SearchHit#snippets()} gives it */
    static Passage of(String snippet) {
        MarkedText marked = MarkedText.of(snippet);
        return new Passage(marked.text(), marked.marks().stream().map(mark -> new Hit(mark.start(), mark.length())).toList());
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
}
