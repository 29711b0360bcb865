package org.lanterne.admin.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lanterne.store.api.BackupReport;
import org.lanterne.store.api.BackupService;

/**
 * {@code lanterne:backup}: an online, consistent and encrypted backup of the database, with the
 * audit anchor, into a new folder. The keys stay out of it.
 */
@Service
@Command(scope = "lanterne", name = "backup", description = "Backs the database up into a new folder while the server runs")
public class BackupCommand implements Action {

    /** Where the audit trail keeps its anchor by default, relative to the data folder. */
    private static final Path ANCHOR = Path.of("audit", "anchor");

    @Argument(index = 0, name = "folder", required = true, description = "a folder that does not exist yet")
    String folder;

    @Reference
    BackupService backups;

    @Override
    public Object execute() throws IOException {
        Path target = Path.of(folder).toAbsolutePath();
        // The anchor is copied before the database: the copy's trail then ends at or after it,
        // which verification accepts, instead of before it, which it reports as removed events.
        Path anchor = Path.of(System.getProperty("lanterne.data", "")).toAbsolutePath().resolve(ANCHOR);
        byte[] anchorCopy = Files.exists(anchor) ? Files.readAllBytes(anchor) : null;
        BackupReport report = backups.backup(target);
        if (anchorCopy != null) {
            Files.createDirectories(target.resolve(ANCHOR).getParent());
            Path written = Files.write(target.resolve(ANCHOR.getFileName() + ".tmp"), anchorCopy);
            Files.move(written, target.resolve(ANCHOR), StandardCopyOption.ATOMIC_MOVE);
        }
        System.out.printf("Backed up %d bytes into %s. Keep the installation's keys folder apart from it: "
                + "the backup cannot be read without them.%n", report.bytes(), report.folder());
        return null;
    }
}
