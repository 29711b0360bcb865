package org.lanterne.workbench.testprobe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class ProbeSettingsTest {

    @Test
    void withoutAReportFileTheProbeStaysInert() {
        ProbeSettings settings = ProbeSettings.from(new Properties());
        assertFalse(settings.active());
        assertNull(settings.screenshot());
        assertTrue(settings.showParts().isEmpty());
        assertTrue(settings.close());
        assertFalse(settings.signsIn());
        assertFalse(settings.refusals());
        assertFalse(settings.lock());
        assertFalse(settings.administersAccounts());
        assertFalse(settings.assesses());
        assertNull(settings.dropDefinition());
    }

    @Test
    void assessesOnlyWithAParticipantCodeAndAClinicianToSignInWith() {
        Properties properties = new Properties();
        properties.setProperty(ProbeSettings.REPORT, "r.properties");
        properties.setProperty(ProbeSettings.PARTICIPANT, "4TQ8-M2XH-9CKD-3ZRWT");
        properties.setProperty(ProbeSettings.DROP_DEFINITION, "/tmp/x/worry-checklist.json");
        assertFalse(ProbeSettings.from(properties).assesses());
        properties.setProperty(ProbeSettings.ACCOUNT, "sami");
        properties.setProperty(ProbeSettings.ACCOUNT_PASSWORD, "lantern-by-the-harbour");
        ProbeSettings settings = ProbeSettings.from(properties);
        assertTrue(settings.assesses());
        assertEquals(Path.of("/tmp/x/worry-checklist.json"), settings.dropDefinition());
    }

    @Test
    void searchesTheLibraryOnlyWithFilesAWordAndAResearcherToSignInWith() {
        Properties properties = new Properties();
        properties.setProperty(ProbeSettings.REPORT, "r.properties");
        properties.setProperty(ProbeSettings.LITERATURE_FILES, "/tmp/a.fr.txt, /tmp/b.fr.txt,");
        properties.setProperty(ProbeSettings.LITERATURE_QUERY, "enfant");
        assertFalse(ProbeSettings.from(properties).searchesLiterature());
        properties.setProperty(ProbeSettings.ACCOUNT, "lina");
        properties.setProperty(ProbeSettings.ACCOUNT_PASSWORD, "lantern-by-the-harbour");
        ProbeSettings settings = ProbeSettings.from(properties);
        assertTrue(settings.searchesLiterature());
        assertEquals(List.of(Path.of("/tmp/a.fr.txt"), Path.of("/tmp/b.fr.txt")), settings.literatureFiles());
        assertFalse(settings.assesses());
    }

    @Test
    void opensTheSelfHelpProgrammesOnlyWhenAskedAndWithAProgrammeLeadToSignInWith() {
        Properties properties = new Properties();
        properties.setProperty(ProbeSettings.REPORT, "r.properties");
        properties.setProperty(ProbeSettings.ACCOUNT, "noor");
        properties.setProperty(ProbeSettings.ACCOUNT_PASSWORD, "lantern-by-the-harbour");
        assertFalse(ProbeSettings.from(properties).readsSelfHelp());
        properties.setProperty(ProbeSettings.SELF_HELP, "true");
        assertTrue(ProbeSettings.from(properties).readsSelfHelp());
        properties.remove(ProbeSettings.ACCOUNT);
        assertFalse(ProbeSettings.from(properties).readsSelfHelp());
    }

    @Test
    void runsEachStageOfTheNotesOnlyWhenAskedAndWritesOnlyWithAClinicianToAddAndAClientCode() {
        Properties properties = new Properties();
        properties.setProperty(ProbeSettings.REPORT, "r.properties");
        properties.setProperty(ProbeSettings.ACCOUNT, "ines");
        properties.setProperty(ProbeSettings.ACCOUNT_PASSWORD, "lantern-by-the-harbour");
        properties.setProperty(ProbeSettings.PARTICIPANT, "4TQ8-M2XH-9CKD-3ZRWT");
        assertFalse(ProbeSettings.from(properties).writesNotes());
        properties.setProperty(ProbeSettings.NOTES, ProbeSettings.NOTES_DRAFT);
        assertTrue(ProbeSettings.from(properties).writesNotes());
        assertFalse(ProbeSettings.from(properties).recoversNotes());
        assertFalse(ProbeSettings.from(properties).supervisesNotes());
        properties.setProperty(ProbeSettings.NOTES, ProbeSettings.NOTES_RECOVER);
        assertTrue(ProbeSettings.from(properties).recoversNotes());
        assertFalse(ProbeSettings.from(properties).writesNotes());
        assertFalse(ProbeSettings.from(properties).resumesAmendment());
        properties.setProperty(ProbeSettings.NOTES, ProbeSettings.NOTES_AMEND);
        assertTrue(ProbeSettings.from(properties).resumesAmendment());
        assertFalse(ProbeSettings.from(properties).recoversNotes());
        properties.setProperty(ProbeSettings.NOTES, ProbeSettings.NOTES_SUPERVISE);
        assertTrue(ProbeSettings.from(properties).supervisesNotes());
        properties.setProperty(ProbeSettings.NOTES, ProbeSettings.NOTES_DRAFT);
        properties.remove(ProbeSettings.PARTICIPANT);
        assertFalse(ProbeSettings.from(properties).writesNotes());
    }

    @Test
    void attachesAndSearchesNoteFilesOnlyInTheAmendRunAndWithWordsToSearch() {
        Properties properties = new Properties();
        properties.setProperty(ProbeSettings.REPORT, "/tmp/run/report.properties");
        properties.setProperty(ProbeSettings.NOTES, ProbeSettings.NOTES_AMEND);
        properties.setProperty(ProbeSettings.NOTE_FILES, "/tmp/letter.pdf, /tmp/report.docx ,");
        assertFalse(ProbeSettings.from(properties).attachesNoteFiles());
        properties.setProperty(ProbeSettings.NOTE_FILE_QUERY, "penitentiaire");
        ProbeSettings settings = ProbeSettings.from(properties);
        assertTrue(settings.attachesNoteFiles());
        assertEquals(List.of(Path.of("/tmp/letter.pdf"), Path.of("/tmp/report.docx")), settings.noteFiles());
        assertEquals(Path.of("/tmp/run/copy.pdf"), settings.savedCopy("copy.pdf"));
        properties.setProperty(ProbeSettings.NOTES, ProbeSettings.NOTES_RECOVER);
        assertFalse(ProbeSettings.from(properties).attachesNoteFiles());
        properties.setProperty(ProbeSettings.NOTES, ProbeSettings.NOTES_SUPERVISE);
        assertFalse(ProbeSettings.from(properties).attachesNoteFiles());
    }

    @Test
    void readsTheAccountToAddAndKeepsItsPasswordOutOfToString() {
        Properties properties = new Properties();
        properties.setProperty(ProbeSettings.REPORT, "r.properties");
        properties.setProperty(ProbeSettings.ACCOUNT, "dana");
        properties.setProperty(ProbeSettings.ACCOUNT_PASSWORD, "lantern-by-the-harbour");
        ProbeSettings settings = ProbeSettings.from(properties);
        assertTrue(settings.administersAccounts());
        assertEquals("dana", settings.account());
        assertFalse(settings.toString().contains("lantern-by-the-harbour"), settings.toString());
    }

    @Test
    void readsTheAccountToSignInWithAndKeepsThePasswordOutOfToString() {
        Properties properties = new Properties();
        properties.setProperty(ProbeSettings.REPORT, "r.properties");
        properties.setProperty(ProbeSettings.USER, "admin");
        properties.setProperty(ProbeSettings.PASSWORD, "correct-horse-battery");
        properties.setProperty(ProbeSettings.REFUSALS, "true");
        properties.setProperty(ProbeSettings.LOCK, "true");
        ProbeSettings settings = ProbeSettings.from(properties);
        assertTrue(settings.signsIn());
        assertEquals("admin", settings.user());
        assertTrue(settings.refusals());
        assertTrue(settings.lock());
        assertFalse(settings.toString().contains("correct-horse-battery"), settings.toString());
    }

    @Test
    void readsReportScreenshotPartsAndWaitText() {
        Properties properties = new Properties();
        properties.setProperty(ProbeSettings.REPORT, "/tmp/x/report.properties");
        properties.setProperty(ProbeSettings.SCREENSHOT, "/tmp/x/main.png");
        properties.setProperty(ProbeSettings.SHOW_PARTS, " a.part , ,b.part");
        properties.setProperty(ProbeSettings.WAIT_FOR, "Apache Derby");
        properties.setProperty(ProbeSettings.CLOSE, "false");
        ProbeSettings settings = ProbeSettings.from(properties);
        assertTrue(settings.active());
        assertEquals(Path.of("/tmp/x/report.properties"), settings.report());
        assertEquals(List.of("a.part", "b.part"), settings.showParts());
        assertEquals("Apache Derby", settings.waitFor());
        assertFalse(settings.close());
    }

    @Test
    void partScreenshotsGoNextToTheMainScreenshot() {
        Properties properties = new Properties();
        properties.setProperty(ProbeSettings.REPORT, "r.properties");
        properties.setProperty(ProbeSettings.SCREENSHOT, "/shots/main.png");
        ProbeSettings settings = ProbeSettings.from(properties);
        assertEquals(Path.of("/shots/org.lanterne.about.ui.part.about.png"),
                settings.partScreenshot("org.lanterne.about.ui.part.about"));
    }
}
