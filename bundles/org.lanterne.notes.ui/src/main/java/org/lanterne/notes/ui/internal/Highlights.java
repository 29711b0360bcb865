package org.lanterne.notes.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.lanterne.workbench.MarkedText;

/** A search result's passage as a table cell shows it: on one line, its found words bold on a highlight. */
final class Highlights {

    private Highlights() {
    }

    /** @param snippet a passage as {@link org.lanterne.notes.api.NoteHit#snippet()} gives it */
    static MarkedText oneLine(String snippet) {
        MarkedText marked = MarkedText.of(snippet);
        // one character for one, so that the marks stay on their words; the spaces around the passage are left out
        String line = marked.text().replaceAll("[\\r\\n\\t]", " ");
        String stripped = line.strip();
        int leading = stripped.isEmpty() ? 0 : line.indexOf(stripped);
        return new MarkedText(stripped, marked.marks().stream().map(mark -> new MarkedText.Mark(mark.start() - leading, mark.length())).toList());
    }

    /** @return one bold range on {@code background} per found word, for a {@code TextLayout} */
    static StyleRange[] styles(MarkedText passage, Color background) {
        return passage.marks().stream().map(mark -> {
            StyleRange style = new StyleRange(mark.start(), mark.length(), null, background);
            style.fontStyle = SWT.BOLD;
            return style;
        }).toArray(StyleRange[]::new);
    }
}
