package org.lanterne.workbench.internal.parts;

import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.lanterne.workbench.internal.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** What Lanterne is, which perspective to use for what, and the privacy promise. */
public class WelcomePart {

    @Inject
    @Translation
    Messages messages;

    private StyledText text;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setMargins(32, 24, 32, 24);
        text.setLineSpacing(4);
        text.setCaret(null);

        WelcomeDocument document = WelcomeDocument.of(messages);
        text.setText(document.text());

        // Fonts are released with the control.
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), text);
        FontDescriptor base = FontDescriptor.createFrom(text.getFont());
        Font titleFont = resources.create(base.setStyle(SWT.BOLD).increaseHeight(8));
        Font headingFont = resources.create(base.setStyle(SWT.BOLD).increaseHeight(3));
        text.setStyleRange(style(document.title(), titleFont));
        for (WelcomeDocument.Range heading : document.headings()) {
            text.setStyleRange(style(heading, headingFont));
        }
    }

    private static StyleRange style(WelcomeDocument.Range range, Font font) {
        StyleRange style = new StyleRange();
        style.start = range.start();
        style.length = range.length();
        style.font = font;
        return style;
    }

    @Focus
    public void setFocus() {
        text.setFocus();
    }
}
