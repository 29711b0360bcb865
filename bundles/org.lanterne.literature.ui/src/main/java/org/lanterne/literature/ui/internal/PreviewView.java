package org.lanterne.literature.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.lanterne.literature.api.SearchHit;
import org.lanterne.literature.ui.LiteratureWidgetIds;

/**
 * The selected record: its metadata and its matching passages, then its whole text, with the hits highlighted, the
 * records like it on request, and its correction for those who may correct.
 */
final class PreviewView {

    /** What the preview's buttons ask of the part. */
    interface Actions {
        void moreLikeThis(SearchHit shown);

        void correct(SearchHit shown);
    }

    private static final int SIMILAR_WIDTH = 600;

    private final LiteratureMessages messages;
    private final Composite content;
    private final StyledText text;
    private final Button moreLikeThis;
    private final Button correct;
    private final Table similar;
    private final Label similarNone;
    private final Color highlight = Controls.highlight();
    private SearchHit shown;

    PreviewView(Composite parent, LiteratureMessages messages, Actions actions) {
        this.messages = messages;
        content = new Composite(parent, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        text = Controls.named(new StyledText(content, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER), LiteratureWidgetIds.PREVIEW);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setMargins(6, 6, 6, 6);

        Composite buttons = new Composite(content, SWT.NONE);
        buttons.setLayout(new RowLayout(SWT.HORIZONTAL));
        moreLikeThis = Controls.button(buttons, messages.library_more_like_this, LiteratureWidgetIds.MORE_LIKE_THIS,
                () -> actions.moreLikeThis(shown));
        correct = Controls.button(buttons, messages.library_correct, LiteratureWidgetIds.CORRECT, () -> actions.correct(shown));

        similar = Controls.named(new Table(content, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER), LiteratureWidgetIds.SIMILAR);
        GridData similarData = new GridData(SWT.FILL, SWT.FILL, true, false);
        similarData.heightHint = 90;
        similar.setLayoutData(similarData);
        new TableColumn(similar, SWT.NONE).setWidth(SIMILAR_WIDTH);
        similar.addListener(SWT.Selection, event -> {
            if (event.item != null && event.item.getData() instanceof SearchHit hit) {
                show(hit);
            }
        });
        similarNone = Controls.line(content, null, 1);
        show(null);
    }

    Control control() {
        return content;
    }

    /** Shows a record, or the invitation to select one. */
    void show(SearchHit hit) {
        shown = hit;
        if (hit == null) {
            text.setText(messages.library_preview_empty);
            text.setStyleRanges(new StyleRange[0]);
        } else {
            PreviewDocument document = PreviewDocument.of(messages, hit, highlight);
            text.setText(document.text());
            text.setStyleRanges(document.styles().toArray(StyleRange[]::new));
        }
        moreLikeThis.setEnabled(hit != null);
        correct.setEnabled(hit != null);
        showSimilar(List.of(), false);
        text.setTopPixel(0);
    }

    /** Shows the whole text of the record shown, its hits highlighted, from its first hit on. */
    void showWholeText(SearchHit hit, String marked) {
        if (hit != shown) {
            return;
        }
        PreviewDocument document = PreviewDocument.of(messages, hit, Optional.of(marked), highlight);
        text.setText(document.text());
        text.setStyleRanges(document.styles().toArray(StyleRange[]::new));
        document.firstHit(highlight).ifPresent(offset -> text.setTopIndex(Math.max(0, text.getLineAtOffset(offset) - 2)));
    }

    /** Lists the records like the one shown; {@code asked} says whether an empty list is an answer. */
    void showSimilar(List<SearchHit> hits, boolean asked) {
        similar.removeAll();
        for (SearchHit hit : hits) {
            TableItem item = new TableItem(similar, SWT.NONE);
            item.setText(hit.record().title() + " (" + LiteratureTexts.year(hit.record()) + ")");
            item.setData(hit);
        }
        Controls.show(similar, !hits.isEmpty());
        Controls.say(similarNone, asked && hits.isEmpty() ? messages.library_similar_none : "", false);
        content.layout(true, true);
    }

    /** Offers the correction to those who may correct only. */
    void allowCorrection(boolean allowed) {
        RowData data = new RowData();
        data.exclude = !allowed;
        correct.setLayoutData(data);
        correct.setVisible(allowed);
        correct.getParent().layout(true, true);
    }

    /** @return the record shown, or {@code null} */
    SearchHit shown() {
        return shown;
    }
}
