package org.lanterne.literature.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.lanterne.literature.api.Facet;
import org.lanterne.literature.api.FacetCount;
import org.lanterne.literature.ui.LiteratureWidgetIds;

/**
 * The facet filters: for each facet, its values among the matching records with their counts, as
 * check boxes. Ticking one narrows the search; a ticked value stays offered (with no count) while
 * other filters leave it without matches, so that it can be unticked.
 */
final class FacetsView {

    /** Told when a value is ticked or unticked. */
    interface Listener {
        void changed(Facet facet, String value, boolean ticked);
    }

    private final LiteratureMessages messages;
    private final Listener listener;
    private final ScrolledComposite scroller;
    private final Composite content;

    FacetsView(Composite parent, LiteratureMessages messages, Listener listener) {
        this.messages = messages;
        this.listener = listener;
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        content = Controls.named(new Composite(scroller, SWT.NONE), LiteratureWidgetIds.FACETS);
        content.setLayout(new GridLayout(1, false));
        scroller.setContent(content);
    }

    /** Shows the counts of a search's answer, ticking the values of {@code query}. */
    void show(Map<Facet, List<FacetCount>> counts, LibraryQuery query) {
        for (Control child : content.getChildren()) {
            child.dispose();
        }
        Label heading = new Label(content, SWT.NONE);
        heading.setText(messages.library_facets);
        for (Facet facet : Facet.values()) {
            Group group = new Group(content, SWT.NONE);
            group.setText(LiteratureTexts.facet(messages, facet));
            group.setLayout(new GridLayout(1, false));
            group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            List<FacetCount> values = withTicked(facet, counts.getOrDefault(facet, List.of()), query);
            if (values.isEmpty()) {
                new Label(group, SWT.NONE).setText(messages.library_facet_none);
            }
            for (FacetCount value : values) {
                box(group, facet, value, query.ticked(facet, value.value()));
            }
        }
        scroller.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        content.layout(true, true);
    }

    Control control() {
        return scroller;
    }

    private void box(Composite group, Facet facet, FacetCount value, boolean ticked) {
        Button box = Controls.named(new Button(group, SWT.CHECK), LiteratureWidgetIds.facet(facet.name(), value.value()));
        box.setText(LiteratureTexts.facetValue(messages, facet, value.value(), value.count()));
        box.setSelection(ticked);
        box.addListener(SWT.Selection, event -> listener.changed(facet, value.value(), box.getSelection()));
    }

    // Ticked values the counts no longer list are kept, with a count of 0.
    private static List<FacetCount> withTicked(Facet facet, List<FacetCount> counts, LibraryQuery query) {
        List<FacetCount> values = new ArrayList<>(counts);
        for (String ticked : query.filters().getOrDefault(facet, Set.of())) {
            if (counts.stream().noneMatch(count -> count.value().equals(ticked))) {
                values.add(new FacetCount(ticked, 0));
            }
        }
        return values;
    }
}
