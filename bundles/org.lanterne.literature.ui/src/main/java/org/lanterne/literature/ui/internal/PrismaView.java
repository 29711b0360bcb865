package org.lanterne.literature.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.lanterne.literature.api.PrismaCounts;
import org.lanterne.literature.ui.ScreeningWidgetIds;

/**
 * The PRISMA tab: the review counted as in a PRISMA flow diagram, each excluded record's reason
 * under the excluded total, and a button that copies the counts as CSV for a spreadsheet or a report.
 */
final class PrismaView {

    private static final String INDENT = "    ";

    private final LiteratureMessages messages;
    private final Table counts;
    private final Label message;
    private List<ScreeningTexts.PrismaLine> shown = List.of();

    PrismaView(Composite parent, LiteratureMessages messages) {
        this.messages = messages;
        Composite content = new Composite(parent, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        counts = Controls.named(new Table(content, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER), ScreeningWidgetIds.PRISMA);
        counts.setHeaderVisible(true);
        counts.setLinesVisible(true);
        counts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TableColumn what = new TableColumn(counts, SWT.NONE);
        what.setText(messages.screening_prisma_column_what);
        what.setWidth(360);
        TableColumn count = new TableColumn(counts, SWT.RIGHT);
        count.setText(messages.screening_prisma_column_count);
        count.setWidth(90);
        Label explanation = new Label(content, SWT.WRAP);
        explanation.setText(messages.screening_prisma_explanation);
        explanation.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Controls.button(content, messages.screening_prisma_copy, ScreeningWidgetIds.COPY_PRISMA, this::copy);
        message = Controls.line(content, null, 1);
    }

    Composite control() {
        return counts.getParent();
    }

    void show(PrismaCounts prisma) {
        shown = ScreeningTexts.prisma(messages, prisma);
        counts.removeAll();
        for (ScreeningTexts.PrismaLine line : shown) {
            TableItem item = new TableItem(counts, SWT.NONE);
            item.setText(new String[] { line.indented() ? INDENT + line.label() : line.label(), line.count() });
        }
        Controls.say(message, "", false);
    }

    void clear() {
        shown = List.of();
        counts.removeAll();
    }

    private void copy() {
        Clipboard clipboard = new Clipboard(counts.getDisplay());
        try {
            clipboard.setContents(new Object[] { ScreeningTexts.csv(messages, shown) }, new Transfer[] { TextTransfer.getInstance() });
            Controls.say(message, messages.screening_prisma_copied, false);
        } finally {
            clipboard.dispose();
        }
    }
}
