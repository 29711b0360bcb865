package org.lanterne.literature.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.lanterne.literature.api.SearchHit;
import org.lanterne.literature.ui.LiteratureWidgetIds;

/**
 * The matching records, one row each: title, authors, year, language and the first passage that
 * matches, its hits painted on a highlight (a table cell has no styles of its own).
 */
final class ResultsTable {

    private static final int PASSAGE_COLUMN = 4;
    private static final String PASSAGE_KEY = Passage.class.getName();
    private static final int[] WIDTHS = { 180, 80, 45, 70, 420 };
    // characters kept before the first hit of a passage, so that the hit shows in the cell
    private static final int CONTEXT = 20;

    private final Table table;
    private final Color highlight = Controls.highlight();

    ResultsTable(Composite parent, LiteratureMessages messages, Consumer<List<SearchHit>> selected) {
        table = Controls.named(new Table(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER), LiteratureWidgetIds.RESULTS);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        String[] titles = { messages.library_column_title, messages.library_column_authors, messages.library_column_year,
                messages.library_column_language, messages.library_column_passage };
        Controls.columns(table, titles, WIDTHS);
        table.addListener(SWT.EraseItem, event -> {
            if (event.index == PASSAGE_COLUMN) {
                event.detail &= ~SWT.FOREGROUND;
            }
        });
        table.addListener(SWT.PaintItem, this::paintPassage);
        table.addListener(SWT.Selection, event -> selected.accept(selection()));
    }

    /** Replaces the rows, or adds to them for the next page of the same search. */
    void show(LiteratureMessages messages, List<SearchHit> hits, boolean append) {
        if (!append) {
            table.removeAll();
        }
        for (SearchHit hit : hits) {
            TableItem item = new TableItem(table, SWT.NONE);
            Passage passage = hit.snippets().isEmpty() ? new Passage("", List.of()) : Passage.of(hit.snippets().get(0)).oneLine().fromFirstHit(CONTEXT);
            item.setText(LiteratureTexts.row(messages, hit.record()));
            // the plain text stays in the cell for accessibility and copying; the paint listener draws over it
            item.setText(PASSAGE_COLUMN, passage.text());
            item.setData(hit);
            item.setData(PASSAGE_KEY, passage);
            item.setData(LiteratureWidgetIds.RECORD_ID_KEY, hit.record().id());
        }
    }

    /** @return the hits of the selected rows, in the order of the table */
    List<SearchHit> selection() {
        return List.of(table.getSelection()).stream().map(item -> (SearchHit) item.getData()).toList();
    }

    /** Marks which query the rows answer, for tests that wait for an answer. */
    void answered(String query) {
        table.setData(LiteratureWidgetIds.ANSWERED_KEY, query);
    }

    int size() {
        return table.getItemCount();
    }

    private void paintPassage(Event event) {
        if (event.index != PASSAGE_COLUMN || !(event.item.getData(PASSAGE_KEY) instanceof Passage passage)) {
            return;
        }
        TextLayout layout = new TextLayout(event.display);
        try {
            layout.setOrientation(table.getOrientation());
            layout.setFont(table.getFont());
            layout.setText(passage.text());
            passage.styles(0, highlight).forEach(style -> layout.setStyle(style, style.start, style.start + style.length - 1));
            Rectangle cell = ((TableItem) event.item).getTextBounds(PASSAGE_COLUMN);
            event.gc.setClipping(cell);
            layout.draw(event.gc, cell.x, cell.y + Math.max(0, (cell.height - layout.getBounds().height) / 2));
            event.gc.setClipping((Rectangle) null);
        } finally {
            layout.dispose();
        }
    }
}
