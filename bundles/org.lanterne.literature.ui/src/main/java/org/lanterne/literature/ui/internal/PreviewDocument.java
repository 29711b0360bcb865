package org.lanterne.literature.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.lanterne.literature.api.SearchHit;

/**
 * The preview of one record as styled text: its title in bold, what is known of it, then the
 * passages of its text that match the search or its whole text, with the hits highlighted.
 *
 * @param text   the text to show
 * @param styles the style ranges, in order of their starts
 */
record PreviewDocument(String text, List<StyleRange> styles) {

    private static final String BETWEEN_PASSAGES = "\n\n";

    PreviewDocument {
        styles = List.copyOf(styles);
    }

    /** The record with the passages of the search. */
    static PreviewDocument of(LiteratureMessages messages, SearchHit hit, Color highlight) {
        return of(messages, hit, Optional.empty(), highlight);
    }

    /**
     * @param wholeText the record's whole text with the hits marked as in snippets, once it has
     *                  come; the passages until then
     */
    static PreviewDocument of(LiteratureMessages messages, SearchHit hit, Optional<String> wholeText, Color highlight) {
        StringBuilder text = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        bold(text, styles, hit.record().title());
        text.append('\n');
        LiteratureTexts.details(messages, hit.record()).forEach(line -> text.append(line).append('\n'));
        text.append('\n');
        bold(text, styles, wholeText.isPresent() ? messages.library_preview_text : messages.library_preview_passages);
        text.append('\n');
        if (wholeText.isPresent()) {
            Passage whole = Passage.of(wholeText.get());
            styles.addAll(whole.styles(text.length(), highlight));
            text.append(whole.text());
        } else if (hit.snippets().isEmpty()) {
            text.append(messages.library_preview_no_passage);
        } else {
            Passage passages = Passage.join(hit.snippets().stream().map(Passage::of).toList(), BETWEEN_PASSAGES);
            styles.addAll(passages.styles(text.length(), highlight));
            text.append(passages.text());
        }
        return new PreviewDocument(text.toString(), styles);
    }

    /** @return where the first highlighted hit starts, if there is one */
    Optional<Integer> firstHit(Color highlight) {
        return styles.stream().filter(s -> highlight.equals(s.background)).map(s -> s.start).findFirst();
    }

    private static void bold(StringBuilder text, List<StyleRange> styles, String words) {
        StyleRange style = new StyleRange(text.length(), words.length(), null, null);
        style.fontStyle = SWT.BOLD;
        styles.add(style);
        text.append(words);
    }
}
