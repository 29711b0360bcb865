package org.lanterne.literature.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.lanterne.literature.api.LiteratureReferences;
import org.lanterne.literature.api.ReferenceFormat;

/** Writes the selected records as a reference list to a file the user chooses; the file's type picks the format. */
final class ReferenceExport {

    /** The formats in the order of the save window's file types. */
    static final List<ReferenceFormat> FORMATS = List.of(ReferenceFormat.RIS, ReferenceFormat.BIBTEX, ReferenceFormat.CSL_JSON);

    private static final System.Logger LOG = System.getLogger(ReferenceExport.class.getName());
    private static final String FILE_NAME = "lanterne-references";

    private ReferenceExport() {
    }

    /**
     * @param chosenType the index of the file type chosen in the save window, or -1
     * @param file       the file name chosen
     * @return the format of that file type, else of the file's extension, else RIS
     */
    static ReferenceFormat format(int chosenType, String file) {
        if (chosenType >= 0 && chosenType < FORMATS.size()) {
            return FORMATS.get(chosenType);
        }
        return FORMATS.stream().filter(format -> file.endsWith("." + format.extension())).findFirst().orElse(ReferenceFormat.RIS);
    }

    /** Asks where to write, writes, and says on {@code message} what was done unless the user chose no file. */
    static void run(Shell shell, LiteratureMessages messages, LiteratureReferences references, List<String> ids, Label message) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFilterNames(new String[] { messages.library_export_ris, messages.library_export_bibtex, messages.library_export_csl });
        dialog.setFilterExtensions(FORMATS.stream().map(format -> "*." + format.extension()).toArray(String[]::new));
        dialog.setFileName(FILE_NAME + "." + ReferenceFormat.RIS.extension());
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        ReferenceFormat format = format(dialog.getFilterIndex(), chosen);
        try {
            Path file = Files.writeString(Path.of(chosen), references.export(ids, format), StandardCharsets.UTF_8);
            Controls.say(message, LiteratureTexts.format(messages.library_exported, Integer.toString(ids.size()), file.toString()), false);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "References could not be written: " + e.getClass().getName());
            Controls.say(message, messages.library_export_failed, true);
        }
    }
}
