package org.lanterne.workbench.testprobe;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What the probe is asked to do, read from system properties so that the start script's JVM
 * options drive it.
 *
 * @param report      the report file; {@code null} leaves the workbench alone
 * @param screenshot  the PNG of the main window; {@code null} for none
 * @param showParts   ids of parts to bring forward, read and photograph after start-up
 * @param waitFor     text to wait for in each shown part, {@code null} to wait until it is stable
 * @param close       whether to close the workbench after reporting
 * @param user        the account to sign in with through the sign-in window (created first if the
 *                    installation has none); {@code null} to report the sign-in window and stop there
 * @param password    its password, a test fixture
 * @param refusals    whether to try a wrong password and an unknown name before signing in
 * @param lock        whether to wait, once signed in, for the window to lock, then unlock it
 * @param account     a clinician's account to add through the Accounts part once signed in, then
 *                    disable; {@code null} to leave the accounts alone
 * @param accountPassword its password, a test fixture
 * @param participant a participant code to assess with STATIC-99R through the Assessments part, signed in
 *                    as {@code account} (added as a clinician first); {@code null} to leave assessments alone
 * @param dropDefinition an instrument definition file to drop into the instruments folder while the
 *                    Assessments part is open; {@code null} for none
 * @param literatureFiles files to import through the Library part's import window, signed in as
 *                    {@code account} (added as a researcher first); empty to leave the library alone
 * @param literatureQuery the word to type into the Library part's search box once they are imported
 * @param secondReviewer a second researcher's account, added after {@code account} has imported
 *                    {@code literatureFiles} and screened them, who screens them too; {@code null} to leave the screening alone
 * @param selfHelp    whether to open the Self-help programmes part signed in as {@code account}, added as a
 *                    programme lead first
 * @param evaluation  whether to open the Programme evaluation part signed in as {@code account}, added as a
 *                    programme lead first
 * @param notes       which run of the {@code NotesScenario}: {@code draft} (as {@code account}, added as a clinician
 *                    first, with {@code participant} as the client's code; waits to be killed once the note was saved),
 *                    {@code recover} (signed in as {@code user}, the clinician; waits to be killed once the amendment
 *                    being typed was saved), {@code amend} (as {@code user} again) or {@code supervise} (as {@code account},
 *                    added as a supervisor first); {@code null} leaves the notes alone
 * @param noteFiles   files to attach to the session in the {@code amend} run, the last one too large to be accepted
 * @param noteFileQuery words found only in the attached files, searched for in the {@code amend} run
 */
public record ProbeSettings(Path report, Path screenshot, List<String> showParts, String waitFor, boolean close,
        String user, String password, boolean refusals, boolean lock, String account, String accountPassword,
        String participant, Path dropDefinition, List<Path> literatureFiles, String literatureQuery, String secondReviewer, boolean selfHelp,
        boolean evaluation, String notes, List<Path> noteFiles, String noteFileQuery) {

    public static final String REPORT = "lanterne.testprobe.report";
    public static final String SCREENSHOT = "lanterne.testprobe.screenshot";
    public static final String SHOW_PARTS = "lanterne.testprobe.show";
    public static final String WAIT_FOR = "lanterne.testprobe.waitfor";
    public static final String CLOSE = "lanterne.testprobe.close";
    public static final String USER = "lanterne.testprobe.user";
    public static final String PASSWORD = "lanterne.testprobe.password";
    public static final String REFUSALS = "lanterne.testprobe.refusals";
    public static final String LOCK = "lanterne.testprobe.lock";
    public static final String ACCOUNT = "lanterne.testprobe.account";
    public static final String ACCOUNT_PASSWORD = "lanterne.testprobe.accountpassword";
    public static final String PARTICIPANT = "lanterne.testprobe.participant";
    public static final String DROP_DEFINITION = "lanterne.testprobe.dropdefinition";
    public static final String LITERATURE_FILES = "lanterne.testprobe.literaturefiles";
    public static final String LITERATURE_QUERY = "lanterne.testprobe.literaturequery";
    public static final String SECOND_REVIEWER = "lanterne.testprobe.secondreviewer";
    public static final String SELF_HELP = "lanterne.testprobe.selfhelp";
    public static final String EVALUATION = "lanterne.testprobe.evaluation";
    public static final String NOTES = "lanterne.testprobe.notes";
    /** Values of {@link #NOTES}. */
    public static final String NOTES_DRAFT = "draft";
    public static final String NOTES_RECOVER = "recover";
    public static final String NOTES_AMEND = "amend";
    public static final String NOTES_SUPERVISE = "supervise";
    public static final String NOTE_FILES = "lanterne.testprobe.notefiles";
    public static final String NOTE_FILE_QUERY = "lanterne.testprobe.notefilequery";

    public ProbeSettings {
        showParts = List.copyOf(showParts);
        literatureFiles = List.copyOf(literatureFiles);
        noteFiles = List.copyOf(noteFiles);
    }

    /** @return whether a report was asked for */
    public boolean active() {
        return report != null;
    }

    public static ProbeSettings from(Properties properties) {
        String report = blankToNull(properties.getProperty(REPORT));
        String screenshot = blankToNull(properties.getProperty(SCREENSHOT));
        String drop = blankToNull(properties.getProperty(DROP_DEFINITION));
        List<String> parts = list(properties.getProperty(SHOW_PARTS));
        List<Path> literature = list(properties.getProperty(LITERATURE_FILES)).stream().map(Path::of).toList();
        return new ProbeSettings(report == null ? null : Path.of(report),
                screenshot == null ? null : Path.of(screenshot), parts,
                blankToNull(properties.getProperty(WAIT_FOR)),
                !"false".equalsIgnoreCase(properties.getProperty(CLOSE, "true")),
                blankToNull(properties.getProperty(USER)), blankToNull(properties.getProperty(PASSWORD)),
                Boolean.parseBoolean(properties.getProperty(REFUSALS)), Boolean.parseBoolean(properties.getProperty(LOCK)),
                blankToNull(properties.getProperty(ACCOUNT)), blankToNull(properties.getProperty(ACCOUNT_PASSWORD)),
                blankToNull(properties.getProperty(PARTICIPANT)), drop == null ? null : Path.of(drop), literature,
                blankToNull(properties.getProperty(LITERATURE_QUERY)), blankToNull(properties.getProperty(SECOND_REVIEWER)), Boolean.parseBoolean(properties.getProperty(SELF_HELP)),
                Boolean.parseBoolean(properties.getProperty(EVALUATION)), blankToNull(properties.getProperty(NOTES)),
                list(properties.getProperty(NOTE_FILES)).stream().map(Path::of).toList(), blankToNull(properties.getProperty(NOTE_FILE_QUERY)));
    }

    /** @return whether the probe signs in */
    public boolean signsIn() {
        return user != null && password != null;
    }

    /** @return whether the probe adds and disables an account through the Accounts part */
    public boolean administersAccounts() {
        return account != null && accountPassword != null;
    }

    /** @return whether the probe adds {@link #account()} as a clinician, signs in with it and fills in an assessment */
    public boolean assesses() {
        return participant != null && administersAccounts();
    }

    /** @return whether the probe adds {@link #account()} as a researcher, signs in with it, imports and searches the library */
    public boolean searchesLiterature() {
        return !literatureFiles.isEmpty() && literatureQuery != null && administersAccounts();
    }

    /**
     * @return whether the probe adds {@link #account()} as a researcher, imports the files, screens them, then adds
     *         {@link #secondReviewer()} as another researcher who screens them too and sees the conflicts and counts
     */
    public boolean screensLiterature() {
        return !literatureFiles.isEmpty() && secondReviewer != null && administersAccounts();
    }

    /** @return whether the probe adds {@link #account()} as a programme lead, signs in with it and opens the Self-help programmes part */
    public boolean readsSelfHelp() {
        return selfHelp && administersAccounts();
    }

    /** @return whether the probe adds {@link #account()} as a programme lead, signs in with it and opens the Programme evaluation part */
    public boolean readsEvaluation() {
        return evaluation && administersAccounts();
    }

    /** @return whether the probe adds {@link #account()} as a clinician, signs in with it and writes a note in the {@code NotesScenario} */
    public boolean writesNotes() {
        return NOTES_DRAFT.equals(notes) && participant != null && administersAccounts();
    }

    /** @return whether the probe, signed in as {@link #user()}, reopens the note of the first session of the first case */
    public boolean recoversNotes() {
        return NOTES_RECOVER.equals(notes);
    }

    /** @return whether the probe, signed in as {@link #user()}, reopens the signed note and the amendment being written */
    public boolean resumesAmendment() {
        return NOTES_AMEND.equals(notes);
    }

    /** @return whether the probe, in the {@code amend} run, attaches files to the session and searches them and the note */
    public boolean attachesNoteFiles() {
        return resumesAmendment() && !noteFiles.isEmpty() && noteFileQuery != null;
    }

    /** @return where a copy of an attached file is saved, next to the report */
    public Path savedCopy(String name) {
        return report.resolveSibling(name);
    }

    /** @return whether the probe adds {@link #account()} as a supervisor, signs in with it and reads the caseload and alerts */
    public boolean supervisesNotes() {
        return NOTES_SUPERVISE.equals(notes) && administersAccounts();
    }

    /** @return where a screenshot named {@code name} goes, next to the main one */
    public Path namedScreenshot(String name) {
        return screenshot == null ? null : screenshot.resolveSibling(name + ".png");
    }

    /** Leaves the password out, even of a test fixture. */
    @Override
    public String toString() {
        return "ProbeSettings[report=" + report + ", screenshot=" + screenshot + ", showParts=" + showParts + ", waitFor="
                + waitFor + ", close=" + close + ", user=" + user + ", refusals=" + refusals + ", lock=" + lock
                + ", account=" + account + ", participant=" + participant + ", dropDefinition=" + dropDefinition
                + ", literatureFiles=" + literatureFiles + ", literatureQuery=" + literatureQuery + ", secondReviewer=" + secondReviewer + ", selfHelp=" + selfHelp + ", evaluation=" + evaluation
                + ", notes=" + notes + ", noteFiles=" + noteFiles + ", noteFileQuery=" + noteFileQuery + "]";
    }

    /** @return where the screenshot of the shown part {@code partId} goes, next to the main one */
    public Path partScreenshot(String partId) {
        return namedScreenshot(partId);
    }

    // Comma-separated values, blanks left out.
    private static List<String> list(String values) {
        return values == null ? List.of() : Arrays.stream(values.split(",")).map(String::trim).filter(value -> !value.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
