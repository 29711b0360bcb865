package org.lanterne.notes.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.lanterne.notes.api.NoteHit;
import org.lanterne.notes.api.NoteSearch;
import org.lanterne.notes.ui.NotesWidgetIds;
import org.lanterne.workbench.MarkedText;

/**
 * Searches the notes and attached files of the cases the user may read: the results give the
 * client, the day of the session, whether a note or an attached file holds the words, and a passage
 * with the words highlighted; opening one shows its session. Every search is audited, so the tab
 * searches when asked to (Enter or the button), not at every key.
 */
final class SearchTab {

    private static final int MAX_HITS = 50;
    private static final int PASSAGE_COLUMN = 3;
    private static final int RESULTS_HEIGHT = 260;
    // the explanation wraps at this width rather than widening the tab
    private static final int INTRO_WIDTH = 600;
    // behind found words: a pale yellow that keeps black text readable, as in the Library
    private static final RGB HIGHLIGHT = new RGB(255, 236, 140);

    private final Workspace workspace;
    private final NotesMessages messages;
    private final Consumer<NoteHit> open;
    private final Text query;
    private final Label message;
    private final Table results;
    // device-less, so nothing to dispose
    private final Color highlight = new Color(HIGHLIGHT);
    private List<NoteHit> found = List.of();

    /** @param open told of the result the user opens */
    SearchTab(Composite parent, Workspace workspace, Consumer<NoteHit> open) {
        this.workspace = workspace;
        this.messages = workspace.messages;
        this.open = open;
        Composite content = new Composite(parent, SWT.NONE);
        content.setLayout(new GridLayout(2, false));
        Label intro = Widgets.heading(content, messages.search_intro, 2);
        ((GridData) intro.getLayoutData()).widthHint = INTRO_WIDTH;
        query = Widgets.named(new Text(content, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), NotesWidgetIds.SEARCH_QUERY);
        query.setMessage(messages.search_hint);
        query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        query.addListener(SWT.DefaultSelection, event -> search());
        Widgets.button(content, messages.search_button, NotesWidgetIds.SEARCH, this::search);
        message = Widgets.line(content, NotesWidgetIds.SEARCH_MESSAGE, 2);
        results = Widgets.table(content, NotesWidgetIds.SEARCH_RESULTS, 2, messages.column_client, messages.column_date,
                messages.column_found_in, messages.column_passage);
        ((GridData) results.getLayoutData()).heightHint = RESULTS_HEIGHT;
        // a table cell has no styles of its own: the passage is painted over its plain text, which stays for copying and assistive tools
        results.addListener(SWT.EraseItem, event -> {
            if (event.index == PASSAGE_COLUMN) {
                event.detail &= ~SWT.FOREGROUND;
            }
        });
        results.addListener(SWT.PaintItem, this::paintPassage);
        results.addListener(SWT.DefaultSelection, event -> openChosen());
        Widgets.button(content, messages.search_open, NotesWidgetIds.OPEN_HIT, this::openChosen);
    }

    /** Forgets the results, when another user signs in. */
    void clear() {
        query.setText("");
        found = List.of();
        Widgets.fill(results, List.of(), List.of());
        Widgets.say(message, "", false);
    }

    private void search() {
        String words = query.getText().strip();
        if (words.isEmpty()) {
            Widgets.say(message, messages.search_nothing_typed, true);
            return;
        }
        NoteSearch service = workspace.search;
        if (service == null) {
            Widgets.say(message, messages.notes_unavailable, true);
            return;
        }
        // the caseload names the clients of the cases found: the user may read every case a search finds
        List<NoteHit> hits = workspace.call(message, () -> service.search(workspace.session, words, MAX_HITS)).orElse(null);
        if (hits == null) {
            return;
        }
        Map<String, String> clients = workspace.call(message, () -> workspace.caseload.cases(workspace.session)).orElse(List.of()).stream()
                .collect(Collectors.toMap(summary -> summary.file().id(), summary -> NotesTexts.client(summary.file())));
        show(hits, clients);
        Widgets.say(message, hits.isEmpty() ? messages.search_none : NotesTexts.format(messages.search_found, Integer.toString(hits.size())),
                false);
    }

    private void show(List<NoteHit> hits, Map<String, String> clients) {
        found = hits;
        List<MarkedText> passages = hits.stream().map(hit -> Highlights.oneLine(hit.snippet())).toList();
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            rows.add(NotesTexts.hitRow(messages, hits.get(i), clients, workspace.locale, passages.get(i).text()));
        }
        Widgets.fill(results, rows, hits.stream().map(SearchTab::rowId).toList());
        TableItem[] items = results.getItems();
        for (int i = 0; i < items.length; i++) {
            items[i].setData(NotesWidgetIds.HIGHLIGHTS_KEY, Highlights.styles(passages.get(i), highlight));
        }
        workspace.relayout();
    }

    private static String rowId(NoteHit hit) {
        return hit.attachmentId() == null ? hit.noteId() : hit.attachmentId();
    }

    private void openChosen() {
        String id = Widgets.selectedId(results);
        found.stream().filter(hit -> rowId(hit).equals(id)).findFirst().ifPresentOrElse(open,
                () -> Widgets.say(message, messages.search_choose_hit, true));
    }

    private void paintPassage(Event event) {
        if (event.index != PASSAGE_COLUMN || !(event.item.getData(NotesWidgetIds.HIGHLIGHTS_KEY) instanceof StyleRange[] styles)) {
            return;
        }
        TableItem item = (TableItem) event.item;
        TextLayout layout = new TextLayout(event.display);
        try {
            layout.setOrientation(results.getOrientation());
            layout.setFont(results.getFont());
            layout.setText(item.getText(PASSAGE_COLUMN));
            for (StyleRange style : styles) {
                layout.setStyle(style, style.start, style.start + style.length - 1);
            }
            Rectangle cell = item.getTextBounds(PASSAGE_COLUMN);
            event.gc.setClipping(cell);
            layout.draw(event.gc, cell.x, cell.y + Math.max(0, (cell.height - layout.getBounds().height) / 2));
            event.gc.setClipping((Rectangle) null);
        } finally {
            layout.dispose();
        }
    }
}
