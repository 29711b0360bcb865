package org.lanterne.about.ui.internal;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.lanterne.about.api.AboutService;
import org.lanterne.about.api.ThirdPartyComponent;
import org.lanterne.core.api.InstallationService;
import org.lanterne.store.api.PersistenceService;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * About Lanterne: the product and its version, the installation record, the database and the
 * third-party components. Each service is optional: the part says which one is missing, and
 * fills itself again when services come or go.
 */
public class AboutPart {

    @Inject
    @Translation
    AboutMessages messages;

    @Inject
    UISynchronize sync;

    @Inject
    @Optional
    @Named(TranslationService.LOCALE)
    Locale locale;

    private AboutService aboutService;
    private InstallationService installationService;
    private PersistenceService persistenceService;

    // Only the newest report is shown when services change while one is being gathered.
    private final AtomicInteger generation = new AtomicInteger();

    private ScrolledComposite scroller;
    private Composite content;
    private Label title;

    @Inject
    void setAboutService(@Optional AboutService service) {
        aboutService = service;
        refresh();
    }

    @Inject
    void setInstallationService(@Optional InstallationService service) {
        installationService = service;
        refresh();
    }

    @Inject
    void setPersistenceService(@Optional PersistenceService service) {
        persistenceService = service;
        refresh();
    }

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout());
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        content = new Composite(scroller, SWT.NONE);
        content.setLayout(new GridLayout(2, false));
        scroller.setContent(content);

        title = new Label(content, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        title.setText(messages.about_title);
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), title);
        title.setFont(resources.create(FontDescriptor.createFrom(title.getFont()).setStyle(SWT.BOLD).increaseHeight(6)));

        Label loading = new Label(content, SWT.NONE);
        loading.setText(messages.about_loading);
        loading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        refresh();
    }

    // Services may touch the database: ask them off the UI thread, then show the answer.
    private void refresh() {
        if (content == null || content.isDisposed()) {
            return;
        }
        int current = generation.incrementAndGet();
        AboutService about = aboutService;
        InstallationService installation = installationService;
        PersistenceService persistence = persistenceService;
        Locale shown = locale != null ? locale : Locale.getDefault();
        CompletableFuture.supplyAsync(() -> AboutReport.collect(messages, shown, about, installation, persistence))
                .thenAccept(report -> sync.asyncExec(() -> {
                    if (current == generation.get() && !content.isDisposed()) {
                        show(report);
                    }
                }));
    }

    private void show(AboutReport report) {
        for (Control child : content.getChildren()) {
            if (child != title) {
                child.dispose();
            }
        }
        for (AboutReport.Row row : report.rows()) {
            Label label = new Label(content, SWT.NONE);
            label.setText(row.label());
            label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false, row.value().isEmpty() ? 2 : 1, 1));
            if (!row.value().isEmpty()) {
                Label value = new Label(content, SWT.WRAP);
                value.setText(row.value());
                value.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            }
        }
        if (!report.components().isEmpty()) {
            Label heading = new Label(content, SWT.NONE);
            heading.setText(messages.about_components);
            GridData headingData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
            headingData.verticalIndent = 12;
            heading.setLayoutData(headingData);
            heading.setFont(title.getFont());

            Table table = new Table(content, SWT.BORDER | SWT.FULL_SELECTION);
            table.setHeaderVisible(true);
            table.setLinesVisible(true);
            table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
            for (String column : new String[] { messages.about_component_name, messages.about_component_licence,
                    messages.about_component_purpose }) {
                new TableColumn(table, SWT.NONE).setText(column);
            }
            for (ThirdPartyComponent component : report.components()) {
                new TableItem(table, SWT.NONE).setText(
                        new String[] { component.name(), component.licence(), component.purpose() });
            }
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
        }
        scroller.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        content.layout(true, true);
    }

    @Focus
    public void setFocus() {
        scroller.setFocus();
    }
}
