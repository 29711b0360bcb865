package org.lanterne.workbench.internal;

import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;

import jakarta.inject.Named;

/** Start-up hook of the workbench, named by the product's {@code lifeCycleURI}. */
public class LanterneLifeCycle {

    // Transient application data read by the window renderer to create shells right to left
    // (the same key as the platform's "-dir rtl" option).
    static final String RENDERER_DIRECTION_KEY = "dir";

    /** Lays the workbench out right to left for Arabic and other right-to-left languages. */
    @ProcessAdditions
    void applyTextDirection(MApplication application, @Optional @Named(TranslationService.LOCALE) Locale locale) {
        if (TextDirection.isRightToLeft(locale != null ? locale : Locale.getDefault())) {
            application.getTransientData().put(RENDERER_DIRECTION_KEY, Boolean.TRUE);
            // JFace dialogs (sign-in, messages) follow this default.
            Window.setDefaultOrientation(SWT.RIGHT_TO_LEFT);
        }
    }
}
