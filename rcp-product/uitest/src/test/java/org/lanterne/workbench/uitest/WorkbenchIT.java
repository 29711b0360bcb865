package org.lanterne.workbench.uitest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarFile;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lanterne.about.ui.AboutUiIds;
import org.lanterne.accounts.ui.AccountsUiIds;
import org.lanterne.evaluation.ui.EvaluationUiIds;
import org.lanterne.instruments.ui.InstrumentsUiIds;
import org.lanterne.literature.ui.LiteratureUiIds;
import org.lanterne.notes.ui.NotesUiIds;
import org.lanterne.selfhelp.ui.SelfHelpUiIds;
import org.lanterne.workbench.WorkbenchIds;

/**
 * Starts the real workbench from the product archive, under the build's X display or a private Xvfb, and
 * checks what a user would see.
 */
class WorkbenchIT {

    private static final String ABOUT_UI_BUNDLE = "org.lanterne.about.ui";

    private static Path archive;
    private static Path testProbe;
    private static Path work;
    private static int timeoutSeconds;

    // The plain start-up is shared by the tests that only read its report.
    private static WorkbenchInstallation.Run plainRun;

    private static VirtualDisplay display;

    @BeforeAll
    static void requireDisplayAndProduct() throws Exception {
        display = VirtualDisplay.open();
        archive = Path.of(required("lanterne.uitest.archive"));
        testProbe = Path.of(required("lanterne.uitest.testprobe"));
        work = Path.of(required("lanterne.uitest.work"));
        timeoutSeconds = Integer.parseInt(required("lanterne.uitest.timeout"));
        assertTrue(Files.isRegularFile(archive), "product archive missing: " + archive);
        assertTrue(Files.isRegularFile(testProbe), "test probe bundle missing: " + testProbe);
    }

    @AfterAll
    static void closeDisplay() throws InterruptedException {
        if (display != null) {
            display.close();
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        assertNotNull(value, "system property " + property + " is not set (run through Maven)");
        return value;
    }

    private static synchronized WorkbenchInstallation.Run plainRun() throws Exception {
        if (plainRun == null) {
            WorkbenchInstallation installation = WorkbenchInstallation.unpack(archive, testProbe, display.name(), work.resolve("full"));
            plainRun = installation.start("plain", "en", Map.of(), timeoutSeconds);
            System.out.printf("Workbench start-up: %s ms from JVM start to a complete, visible window "
                    + "(%d ms for the whole run)%n", plainRun.get("startup.millis"), plainRun.wallMillis());
        }
        return plainRun;
    }

    /** Reads a texts file of the UI bundle holding {@code fromBundle}: both bundles have the same path. */
    private static Properties texts(Class<?> fromBundle, String language) throws Exception {
        String resource = "OSGI-INF/l10n/bundle" + (language == null ? "" : "_" + language) + ".properties";
        Path location = Path.of(fromBundle.getProtectionDomain().getCodeSource().getLocation().toURI());
        Properties properties = new Properties();
        if (Files.isDirectory(location)) {
            try (InputStream in = Files.newInputStream(location.resolve(resource))) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile());
                    InputStream in = jar.getInputStream(jar.getEntry(resource))) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }

    private static void assertScreenshot(Path png, String size) throws IOException {
        assertTrue(Files.isRegularFile(png), "no screenshot at " + png);
        assertTrue(Files.size(png) > 10_000, "screenshot suspiciously small: " + Files.size(png) + " bytes");
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "screenshot does not decode as PNG: " + png);
        if (size != null) {
            assertEquals(size, image.getWidth() + "x" + image.getHeight(), "screenshot size differs from the window's");
        }
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "screenshot is nearly blank: " + colours.size() + " colours");
    }

    @Test
    void workbenchOpensAVisibleLanterneWindowShowingTheWelcomePart() throws Exception {
        WorkbenchInstallation.Run run = plainRun();
        assertEquals("Lanterne", run.get("window.title"));
        assertEquals("true", run.get("window.visible"));
        assertEquals("false", run.get("window.rightToLeft"));
        assertTrue(run.list("parts.rendered").contains(WorkbenchIds.PART_WELCOME), run.get("parts.rendered"));
        assertEquals("true", run.get("part." + WorkbenchIds.PART_WELCOME + ".visible"));
        Properties english = texts(WorkbenchIds.class, null);
        assertTrue(run.get("part." + WorkbenchIds.PART_WELCOME + ".text").contains(english.getProperty("welcome_privacy_heading")));
        assertEquals(WorkbenchIds.PERSPECTIVE_CLINICIAN, run.get("perspective.active"));
        assertEquals(List.of(WorkbenchIds.PERSPECTIVE_CLINICIAN, WorkbenchIds.PERSPECTIVE_RESEARCHER,
                WorkbenchIds.PERSPECTIVE_PROGRAMME_LEAD), run.list("perspectives"));
        assertTrue(run.get("part." + WorkbenchIds.PART_WELCOME + ".text").length() > 200);

        assertEquals(run.screenshot().toString(), run.get("screenshot"));
        assertScreenshot(run.screenshot(), run.get("window.size"));
        long startup = Long.parseLong(run.get("startup.millis"));
        assertTrue(startup > 0 && startup < timeoutSeconds * 1000L, "start-up took " + startup + " ms");
    }

    @Test
    void aboutPageComesWithItsBundleAndGoesWithoutIt() throws Exception {
        WorkbenchInstallation.Run full = plainRun();
        assertTrue(full.list("parts").contains(AboutUiIds.PART_ABOUT), full.get("parts"));
        assertTrue(full.list("menu.items").contains(AboutUiIds.MENU_ITEM_ABOUT), full.get("menu.items"));

        WorkbenchInstallation without = WorkbenchInstallation.unpack(archive, testProbe, display.name(), work.resolve("without-about"));
        without.removeBundle(ABOUT_UI_BUNDLE);
        assertFalse(without.bundles().contains(ABOUT_UI_BUNDLE));
        WorkbenchInstallation.Run run = without.start("without-about", "en", Map.of(), timeoutSeconds);

        assertEquals("true", run.get("window.visible"));
        assertTrue(run.list("parts.rendered").contains(WorkbenchIds.PART_WELCOME), run.get("parts.rendered"));
        assertFalse(run.list("parts").contains(AboutUiIds.PART_ABOUT), run.get("parts"));
        assertFalse(run.list("menu.items").contains(AboutUiIds.MENU_ITEM_ABOUT), run.get("menu.items"));
        // the workbench's own Help menu stays
        assertTrue(run.list("menu.items").contains("org.lanterne.workbench.menuitem.welcome"), run.get("menu.items"));
    }

    @Test
    void aboutPageShowsWhatTheRunningServicesReport() throws Exception {
        WorkbenchInstallation installation = WorkbenchInstallation.unpack(archive, testProbe, display.name(), work.resolve("about"));
        WorkbenchInstallation.Run run = installation.start("about", "en", Map.of(
                "lanterne.testprobe.show", AboutUiIds.PART_ABOUT,
                "lanterne.testprobe.waitfor", "Derby"), timeoutSeconds);

        String prefix = "show." + AboutUiIds.PART_ABOUT;
        assertEquals("rendered", run.get(prefix));
        assertEquals(WorkbenchIds.PERSPECTIVE_PROGRAMME_LEAD, run.get(prefix + ".perspective"));
        String text = run.get(prefix + ".text");
        Properties about = texts(AboutUiIds.class, null);
        for (String unavailable : List.of("about_unavailable_about", "about_unavailable_installation",
                "about_unavailable_database")) {
            assertFalse(text.contains(about.getProperty(unavailable)), unavailable + " shown:\n" + text);
        }
        assertTrue(text.contains(System.getProperty("lanterne.uitest.version")), "no version in:\n" + text);
        assertTrue(text.contains("Apache Derby"), "no Apache Derby in:\n" + text);
        assertTrue(text.contains(about.getProperty("about_database_encrypted")), "database not shown as encrypted:\n" + text);
        assertTrue(Files.isDirectory(run.screenshot().getParent().resolve("data")), "the data folder was not used");
        assertScreenshot(Path.of(run.get(prefix + ".screenshot")), run.get("window.size"));
    }

    @Test
    void theFirstAdministratorAddsAClinicianThroughTheAccountsPartAndDisablesIt() throws Exception {
        WorkbenchInstallation installation = WorkbenchInstallation.unpack(archive, testProbe, display.name(), work.resolve("accounts"));
        String clinician = "dana.clinician";
        WorkbenchInstallation.Run run = installation.start("accounts", "en", Map.of(
                "lanterne.testprobe.account", clinician,
                "lanterne.testprobe.accountpassword", "harbour-lights-at-dusk-4"), timeoutSeconds);
        Properties accounts = texts(AccountsUiIds.class, null);
        assertEquals("true", run.get("signin.completed"));

        // Window > Accounts… is there for the administrator, and opens the part
        assertEquals("true", run.get("accounts.menuitem.rendered"), "Window > Accounts not rendered");
        assertEquals("true", run.get("accounts.menuitem.enabled"));
        assertEquals("true", run.get("accounts.shown"));
        assertEquals(WorkbenchIds.PERSPECTIVE_PROGRAMME_LEAD, run.get("accounts.perspective"));
        assertTrue(run.get("accounts.before.list").startsWith(WorkbenchInstallation.USER + " | "
                + accounts.getProperty("accounts_role_administrator") + " | " + accounts.getProperty("accounts_status_enabled")),
                run.get("accounts.before.list"));
        String text = run.get("accounts.text");
        for (String rule : List.of("accounts_rule_min_length", "accounts_rule_max_length", "accounts_rule_not_name",
                "accounts_rule_not_common", "accounts_rule_not_repetitive")) {
            assertTrue(text.contains(accounts.getProperty(rule)), rule + " not shown:\n" + text);
        }

        // a password that breaks a rule is refused in plain words and nothing is added
        assertEquals(accounts.getProperty("accounts_rejected_min_length"), run.get("accounts.refused.message"));
        assertEquals("true", run.get("accounts.refused.error"));
        assertEquals("1", run.get("accounts.refused.count"));

        assertEquals(accounts.getProperty("accounts_added").replace("{0}", clinician), run.get("accounts.added.message"));
        assertTrue(run.get("accounts.added.list").contains(clinician + " | " + accounts.getProperty("accounts_role_clinician")
                + " | " + accounts.getProperty("accounts_status_enabled") + " | " + accounts.getProperty("accounts_never")),
                run.get("accounts.added.list"));
        assertEquals("", run.get("accounts.added.namefield"));

        // the only administrator cannot be disabled
        assertEquals(accounts.getProperty("accounts_last_administrator").replace("{0}", WorkbenchInstallation.USER),
                run.get("accounts.lastadmin.message"));

        assertEquals(accounts.getProperty("accounts_disabled").replace("{0}", clinician), run.get("accounts.disabled.message"));
        assertTrue(run.get("accounts.disabled.list").contains(clinician + " | " + accounts.getProperty("accounts_role_clinician")
                + " | " + accounts.getProperty("accounts_status_disabled") + " | "), run.get("accounts.disabled.list"));
        assertEquals("true", run.get("accounts.disabled.enable.enabled"));
        Path screenshot = Path.of(run.get("accounts.screenshot"));
        assertEquals("accounts.png", screenshot.getFileName().toString());
        assertScreenshot(screenshot, run.get("window.size"));

        // enabled again, the clinician signs in, and has neither the menu item nor the command
        assertEquals(accounts.getProperty("accounts_enabled").replace("{0}", clinician), run.get("accounts.enabled.message"));
        assertEquals("true", run.get("accounts.signedout"));
        assertEquals("true", run.get("accounts.other.signin.completed"));
        assertTrue(run.get("accounts.other.trim.text").contains(clinician), run.get("accounts.other.trim.text"));
        assertEquals("false", run.get("accounts.other.menuitem.rendered"));
        // the part the administrator left open is not shown to the clinician
        assertEquals("false", run.get("accounts.other.part.rendered"));
        assertEquals("false", run.get("accounts.other.menuitem.model.visible"));
        assertEquals("false", run.get("accounts.other.command.canexecute"));
    }

    @Test
    void aClinicianFillsInStatic99RSeesTheTotalAndBandSavesItAndADroppedDefinitionAppears() throws Exception {
        WorkbenchInstallation installation = WorkbenchInstallation.unpack(archive, testProbe, display.name(), work.resolve("assessments"));
        String clinician = "sami.clinician";
        Path definition = Path.of(WorkbenchIT.class.getResource("/worry-checklist.json").toURI());
        WorkbenchInstallation.Run run = installation.start("assessments", "en", Map.of(
                "lanterne.testprobe.account", clinician,
                "lanterne.testprobe.accountpassword", "harbour-lights-at-dusk-4",
                "lanterne.testprobe.participant", "4TQ8-M2XH-9CKD-3ZRWT",
                "lanterne.testprobe.dropdefinition", definition.toString()), timeoutSeconds);
        Properties texts = texts(InstrumentsUiIds.class, null);

        // the administrator adds a clinician, who signs in and opens Window > Assessments…
        assertEquals(texts(AccountsUiIds.class, null).getProperty("accounts_added").replace("{0}", clinician),
                run.get("assessments.clinician.added"));
        assertTrue(run.get("assessments.trim.text").contains(clinician), run.get("assessments.trim.text"));
        assertEquals("true", run.get("assessments.menuitem.rendered"), "Window > Assessments not rendered");
        assertEquals("true", run.get("assessments.menuitem.enabled"));
        assertEquals("true", run.get("assessments.shown"));
        assertEquals(WorkbenchIds.PERSPECTIVE_CLINICIAN, run.get("assessments.perspective"));
        assertEquals("", run.get("assessments.notice"));
        assertTrue(run.list("assessments.instruments").containsAll(List.of("static-99r", "cport", "dynamic-needs-example",
                "adolescent-spj-example")), run.get("assessments.instruments"));
        assertEquals("STATIC-99R (version 2016)", run.get("assessments.instrument.entry"));

        // a mistyped code is refused in plain words; an answer out of range is named
        assertEquals(texts.getProperty("assessments_code_invalid"), run.get("assessments.badcode.message"));
        assertEquals("", run.get("assessments.code.message"));
        assertEquals(texts.getProperty("assessments_error_out_of_range").replace("{0}", "Age at release from the index offence (years)"),
                run.get("assessments.outofrange.errors"));

        // three answers: a total so far, no band, the unanswered items named, nothing to save yet
        assertEquals(texts.getProperty("assessments_total_so_far").replace("{0}", "3"), run.get("assessments.partial.total"));
        assertEquals(texts.getProperty("assessments_band_pending"), run.get("assessments.partial.band"));
        assertTrue(run.get("assessments.partial.missing").contains("Any stranger victims"), run.get("assessments.partial.missing"));
        assertEquals("false", run.get("assessments.partial.save.enabled"));

        // every answer: 1 + 1 + 0 + 1 + 1 + 0 + 0 + 0 + 0 + 1
        assertEquals(texts.getProperty("assessments_total").replace("{0}", "5"), run.get("assessments.complete.total"));
        assertEquals(texts.getProperty("assessments_band").replace("{0}", "Level IVa: above average risk"),
                run.get("assessments.complete.band"));
        assertEquals(texts.getProperty("assessments_missing_none"), run.get("assessments.complete.missing"));
        assertEquals("", run.get("assessments.complete.errors"));
        assertEquals("true", run.get("assessments.complete.save.enabled"), "saving is not possible: " + run.get("assessments.notice"));

        // saved twice, six months apart; the second has one point more
        LocalDate today = LocalDate.now();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH);
        String first = dates.format(today.minusMonths(6));
        String second = dates.format(today);
        assertEquals(texts.getProperty("assessments_saved").replace("{0}", first), run.get("assessments.first.message"));
        assertEquals("false", run.get("assessments.first.save.enabled"), "the same assessment could be saved twice");
        assertEquals(texts.getProperty("assessments_band").replace("{0}", "Level IVb: well above average risk"),
                run.get("assessments.second.band"));
        assertEquals(texts.getProperty("assessments_saved").replace("{0}", second), run.get("assessments.second.message"));
        assertEquals(first + " | " + clinician + " | 5 |  | Level IVa: above average risk\n"
                + second + " | " + clinician + " | 6 | \u200E+1 | Level IVb: well above average risk\n", run.get("assessments.history"));
        Path screenshot = Path.of(run.get("assessments.screenshot"));
        assertEquals("assessments.png", screenshot.getFileName().toString());
        assertScreenshot(screenshot, run.get("window.size"));

        // a definition dropped into <lanterne.data>/instruments is offered without a restart
        assertEquals("true", run.get("assessments.dropped.appeared"), "the dropped definition did not appear");
        assertTrue(run.list("assessments.dropped.instruments").contains("worry-checklist"), run.get("assessments.dropped.instruments"));
        assertTrue(run.get("assessments.dropped.entries").contains("Worry checklist (example) (version 1.0)"),
                run.get("assessments.dropped.entries"));
    }

    @Test
    void aResearcherImportsCorpusTextsSearchesAsTheyTypeFiltersByYearAndPreviewsTheHighlightedHits() throws Exception {
        WorkbenchInstallation installation = WorkbenchInstallation.unpack(archive, testProbe, display.name(), work.resolve("library"));
        String researcher = "lina.researcher";
        List<Path> files = List.of("emc-portail-signalement-iwf-2021", "cese-avis-enfants-reseaux-sociaux-2024",
                "cmrpi-campagne-cyberviolence-2025").stream().map(name -> Path.of(required("lanterne.uitest.corpus"), name + ".fr.txt").normalize()).toList();
        WorkbenchInstallation.Run run = installation.start("library", "en", Map.of(
                "lanterne.testprobe.account", researcher,
                "lanterne.testprobe.accountpassword", "harbour-lights-at-dusk-4",
                "lanterne.testprobe.literaturefiles", String.join(",", files.stream().map(Path::toString).toList()),
                "lanterne.testprobe.literaturequery", "enfant"), timeoutSeconds);
        Properties texts = texts(LiteratureUiIds.class, null);

        // the administrator has no Window > Library; the researcher has, with the import
        assertEquals("false", run.get("library.admin.menuitem.rendered"));
        assertTrue(run.get("library.trim.text").contains(researcher), run.get("library.trim.text"));
        assertEquals("true", run.get("library.menuitem.rendered"), "Window > Library not rendered");
        assertEquals("true", run.get("library.shown"));
        assertEquals(WorkbenchIds.PERSPECTIVE_RESEARCHER, run.get("library.perspective"));
        assertEquals("", run.get("library.notice"));
        assertEquals("true", run.get("library.import.visible"));

        // three files imported through the import window, with a report line each
        assertEquals("3", run.get("library.import.listed"));
        assertEquals("3/3", run.get("library.import.progress"));
        assertEquals(texts.getProperty("import_summary").replace("{0}", "3").replace("{1}", "0").replace("{2}", "0"),
                run.get("library.import.status"));
        assertEquals(3, run.get("library.import.report").lines()
                .filter(row -> row.contains(" | " + texts.getProperty("import_outcome_imported") + " | ")).count(), run.get("library.import.report"));
        assertEquals("false", run.get("library.import.cancel.enabled"));
        assertScreenshot(Path.of(run.get("library.import.screenshot")), null);

        // "enfant" finds the texts that say "enfants", whatever was typed while the first search ran
        assertEquals("(enfant)", run.get("library.search.answered"));
        String rows = run.get("library.search.rows");
        assertTrue(rows.lines().count() >= 2, rows);
        assertTrue(rows.lines().allMatch(row -> row.contains(" | French | ")), rows);
        assertTrue(rows.toLowerCase(Locale.ROOT).contains("enfants"), rows);

        // ticking a year narrows the results to that year's count
        String label = run.get("library.facet.label");
        String year = run.get("library.facet.name").substring("facet.YEAR=".length());
        long count = Long.parseLong(label.substring(label.lastIndexOf('(') + 1, label.lastIndexOf(')')));
        assertEquals("(enfant) AND year:\"" + year + "\"", run.get("library.filtered.answered"));
        assertEquals(count, run.get("library.filtered.rows").lines().count(), run.get("library.filtered.rows"));
        assertTrue(run.get("library.filtered.rows").lines().allMatch(row -> row.contains(" | " + year + " | ")), run.get("library.filtered.rows"));

        // the preview shows the record and its passages, the plural hits highlighted
        String preview = run.get("library.preview.text");
        assertTrue(preview.contains(texts.getProperty("library_preview_passages")), preview);
        assertTrue(preview.contains(texts.getProperty("library_preview_year").replace("{0}", year)), preview);
        List<String> highlighted = List.of(run.get("library.preview.highlighted").split(","));
        assertFalse(highlighted.isEmpty());
        assertTrue(highlighted.stream().allMatch(hit -> hit.toLowerCase(Locale.ROOT).contains("enfant")), highlighted.toString());
        assertTrue(highlighted.stream().anyMatch(hit -> hit.equalsIgnoreCase("enfants")), highlighted.toString());
        // then the whole text with every hit highlighted: at least as many as in the passages
        String whole = run.get("library.preview.whole");
        assertTrue(whole.contains(texts.getProperty("library_preview_text")) && whole.length() > preview.length(), whole);
        List<String> wholeHighlighted = List.of(run.get("library.preview.whole.highlighted").split(","));
        assertTrue(wholeHighlighted.size() >= highlighted.size(), wholeHighlighted + " against " + highlighted);
        assertTrue(wholeHighlighted.stream().allMatch(hit -> hit.toLowerCase(Locale.ROOT).contains("enfant")), wholeHighlighted.toString());
        assertFalse(run.get("library.similar.rows").isBlank(), "no record like the previewed one");

        for (String screenshot : List.of("library.screenshot", "library.preview.screenshot")) {
            assertScreenshot(Path.of(run.get(screenshot)), run.get("window.size"));
        }
    }

    @Test
    void twoResearchersScreenTheSameRecordsDisagreeOnOneSeeTheConflictAndThePrismaCountsOfTheService() throws Exception {
        WorkbenchInstallation installation = WorkbenchInstallation.unpack(archive, testProbe, display.name(), work.resolve("screening"));
        String first = "lina.researcher";
        String second = "omar.researcher";
        List<Path> files = List.of("emc-portail-signalement-iwf-2021", "cese-avis-enfants-reseaux-sociaux-2024",
                "cmrpi-campagne-cyberviolence-2025", "icmec-mrc-maroc-synthese-2025").stream()
                .map(name -> Path.of(required("lanterne.uitest.corpus"), name + ".fr.txt").normalize()).toList();
        WorkbenchInstallation.Run run = installation.start("screening", "en", Map.of(
                "lanterne.testprobe.account", first,
                "lanterne.testprobe.accountpassword", "harbour-lights-at-dusk-4",
                "lanterne.testprobe.literaturefiles", String.join(",", files.stream().map(Path::toString).toList()),
                "lanterne.testprobe.secondreviewer", second), timeoutSeconds);
        Properties texts = texts(LiteratureUiIds.class, null);
        String notYet = texts.getProperty("screening_undecided");
        String include = texts.getProperty("screening_decision_include");
        String exclude = texts.getProperty("screening_decision_exclude");
        String maybe = texts.getProperty("screening_decision_maybe");

        // the administrator has no Window > Screening; the first researcher imports the four texts and opens it
        assertEquals("false", run.get("screening.admin.menuitem.rendered"));
        assertEquals(texts.getProperty("import_summary").replace("{0}", "4").replace("{1}", "0").replace("{2}", "0"),
                run.get("library.import.status"));
        assertEquals("true", run.get("screening.first.menuitem.rendered"), "Window > Screening not rendered");
        assertEquals("true", run.get("screening.first.shown"));
        assertEquals(WorkbenchIds.PERSPECTIVE_RESEARCHER, run.get("screening.first.perspective"));
        assertEquals("", run.get("screening.first.notice"));
        assertEquals("0 of 4 records screened by you.", run.get("screening.first.progress.before"));
        assertEquals(4, run.get("screening.first.rows.before").lines().filter(row -> row.endsWith(" | " + notYet)).count(),
                run.get("screening.first.rows.before"));

        // a tag and a note on the first record; an exclusion without a reason is refused and leaves it undecided
        assertEquals("prévention primaire", run.get("screening.first.tags"));
        assertTrue(run.get("screening.first.notes").endsWith("Population adulte seulement ? À relire avec le texte entier."),
                run.get("screening.first.notes"));
        assertEquals(texts.getProperty("screening_reason_missing"), run.get("screening.first.noreason.message"));
        assertTrue(run.get("screening.first.noreason.row").endsWith(" | " + notYet), run.get("screening.first.noreason.row"));

        // the first reviewer's decisions, the last one by the key 3
        List<String> firstRows = run.get("screening.first.rows").lines().toList();
        assertEquals(List.of(include, include, exclude + " (wrong population)", maybe),
                firstRows.stream().map(row -> row.substring(row.lastIndexOf(" | ") + 3)).toList(), run.get("screening.first.rows"));
        assertEquals("4 of 4 records screened by you.", run.get("screening.first.progress"));

        // the second reviewer sees none of them, then screens the same records and disagrees on the first
        assertEquals("true", run.get("screening.second.shown"), "the second reviewer's screening was not shown");
        assertTrue(run.get("screening.second.trim.text").contains(second), run.get("screening.second.trim.text"));
        assertEquals(4, run.get("screening.second.rows.before").lines().filter(row -> row.endsWith(" | " + notYet)).count(),
                run.get("screening.second.rows.before"));
        assertEquals("0 of 4 records screened by you.", run.get("screening.second.progress.before"));
        List<String> secondRows = run.get("screening.second.rows").lines().toList();
        assertEquals(List.of(exclude + " (wrong outcome)", include, exclude + " (wrong population)", maybe),
                secondRows.stream().map(row -> row.substring(row.lastIndexOf(" | ") + 3)).toList(), run.get("screening.second.rows"));

        // the conflict shows with both decisions and the reason, and is the one the service finds
        String title = firstRows.get(0).substring(0, firstRows.get(0).indexOf(" | "));
        assertEquals(title + " | " + firstRows.get(0).split(" \\| ")[1] + " | " + first + ": " + include + " · " + second + ": "
                + exclude + " (wrong outcome)\n", run.get("screening.conflicts.rows"));
        assertEquals(texts.getProperty("screening_conflicts_one"), run.get("screening.conflicts.status"));
        assertEquals(run.get("screening.service.conflicts"), run.get("screening.conflicts.recordid"));

        // the PRISMA counts on screen are the service's
        assertEquals("identified=4,screened=4,excluded=1,included=1,maybe=1,conflicts=1,undecided=0,duplicates=",
                run.get("screening.service.prisma"));
        assertEquals("wrong population=1", run.get("screening.service.reasons"));
        assertEquals(prismaRows(texts, 4, "\u2014", 4, 1, "wrong population", 1, 1, 1, 1, 0), run.get("screening.prisma.rows"));

        // screening the record again and agreeing ends the conflict
        assertEquals("0", run.get("screening.again.tab"));
        assertEquals(run.get("screening.conflicts.recordid"), run.get("screening.again.selected"));
        assertEquals("true", run.get("screening.resolved"), "the conflict did not end");
        assertEquals(texts.getProperty("screening_conflicts_none"), run.get("screening.resolved.status"));
        assertEquals("identified=4,screened=4,excluded=1,included=2,maybe=1,conflicts=0,undecided=0,duplicates=",
                run.get("screening.resolved.service.prisma"));
        assertEquals(prismaRows(texts, 4, "\u2014", 4, 1, "wrong population", 1, 2, 1, 0, 0), run.get("screening.resolved.prisma.rows"));

        for (String screenshot : List.of("screening.screenshot", "screening.conflicts.screenshot", "screening.prisma.screenshot")) {
            assertScreenshot(Path.of(run.get(screenshot)), run.get("window.size"));
        }
        assertEquals("library-screening.png", Path.of(run.get("screening.screenshot")).getFileName().toString());
        assertEquals("library-conflicts.png", Path.of(run.get("screening.conflicts.screenshot")).getFileName().toString());
    }

    // The PRISMA table as the probe reports it: one line per row, "what | count", the reason indented under excluded.
    private static String prismaRows(Properties texts, long identified, String duplicates, long screened, long excluded, String reason,
            long byReason, long included, long maybe, long conflicts, long undecided) {
        return texts.getProperty("screening_prisma_identified") + " | " + identified + "\n"
                + texts.getProperty("screening_prisma_duplicates") + " | " + duplicates + "\n"
                + texts.getProperty("screening_prisma_screened") + " | " + screened + "\n"
                + texts.getProperty("screening_prisma_excluded") + " | " + excluded + "\n"
                + "    " + reason + " | " + byReason + "\n"
                + texts.getProperty("screening_prisma_included") + " | " + included + "\n"
                + texts.getProperty("screening_prisma_maybe") + " | " + maybe + "\n"
                + texts.getProperty("screening_prisma_conflicts") + " | " + conflicts + "\n"
                + texts.getProperty("screening_prisma_undecided") + " | " + undecided + "\n";
    }

    @Test
    void aProgrammeLeadSeesTheAggregatedIndicatorsOfASelfHelpProgrammeWithAWithheldCountAndNoSharedRecords() throws Exception {
        WorkbenchInstallation installation = WorkbenchInstallation.unpack(archive, testProbe, display.name(), work.resolve("selfhelp"));
        String lead = "noor.lead";
        WorkbenchInstallation.Run run = installation.start("selfhelp", "en", Map.of(
                "lanterne.testprobe.account", lead,
                "lanterne.testprobe.accountpassword", "cedar-path-after-rain-7",
                "lanterne.testprobe.selfhelp", "true"), timeoutSeconds);
        Properties texts = texts(SelfHelpUiIds.class, null);

        // the administrator has no Window > Self-help programmes; the programme lead has
        assertEquals("false", run.get("selfhelp.admin.menuitem.rendered"));
        assertTrue(run.get("selfhelp.trim.text").contains(lead), run.get("selfhelp.trim.text"));
        assertEquals("true", run.get("selfhelp.menuitem.rendered"), "Window > Self-help programmes not rendered");
        assertEquals("true", run.get("selfhelp.shown"));
        assertEquals(WorkbenchIds.PERSPECTIVE_PROGRAMME_LEAD, run.get("selfhelp.perspective"));
        assertEquals("", run.get("selfhelp.notice"));

        // the built-in programmes, by their English titles; the first is read at once
        assertEquals("Worried parents|Taking care", run.get("selfhelp.programmes"));
        assertEquals("Worried parents", run.get("selfhelp.programme"));
        // 7 participants enrolled today through the service, all past the first module, 2 past both: that 2 is withheld
        assertEquals("7", run.get("selfhelp.enrolled"));
        assertEquals(texts.getProperty("selfhelp_summary").replace("{0}", "7").replace("{1}", "<5").replace("{2}", "0").replace("{3}", "28"),
                run.get("selfhelp.summary"));
        assertEquals("Understanding what is happening | 7 | 100 %\nNext steps | <5 | \u2014\n", run.get("selfhelp.modules"));
        assertTrue(run.get("selfhelp.byweek").endsWith(" | 7\n"), run.get("selfhelp.byweek"));
        assertTrue(run.get("selfhelp.bymonth").endsWith(" | 7\n"), run.get("selfhelp.bymonth"));
        assertEquals("", run.get("selfhelp.questionnaires"));
        // a programme lead reads aggregates only, never a participant's record
        assertEquals("false", run.get("selfhelp.shared.visible"));
        Path screenshot = Path.of(run.get("selfhelp.screenshot"));
        assertEquals("selfhelp.png", screenshot.getFileName().toString());
        assertScreenshot(screenshot, run.get("window.size"));
    }

    @Test
    void aProgrammeLeadSeesEveryIndicatorOfTheDemoCohortAsTheStatisticsComputeThemAndSplitsThemByAgeBand() throws Exception {
        WorkbenchInstallation installation = WorkbenchInstallation.unpack(archive, testProbe, display.name(), work.resolve("evaluation"));
        String lead = "samia.lead";
        WorkbenchInstallation.Run run = installation.start("evaluation", "en", Map.of(
                "lanterne.testprobe.account", lead,
                "lanterne.testprobe.accountpassword", "amber-tide-under-cedar-4",
                "lanterne.testprobe.evaluation", "true"), timeoutSeconds);
        Properties texts = texts(EvaluationUiIds.class, null);
        DemoCohortFigures expected = new DemoCohortFigures();

        // the administrator reads no aggregate: no Window > Programme evaluation; the programme lead has it
        assertEquals("false", run.get("evaluation.admin.menuitem.rendered"));
        assertEquals("true", run.get("evaluation.menuitem.rendered"), "Window > Programme evaluation not rendered");
        assertEquals("true", run.get("evaluation.shown"));
        assertEquals(WorkbenchIds.PERSPECTIVE_PROGRAMME_LEAD, run.get("evaluation.perspective"));
        assertEquals("", run.get("evaluation.notice"));

        // the demo cohort is the default data source; the first programme is read at once, without a split
        assertEquals("community-treatment|self-help-adults|self-help-youth", run.get("evaluation.programmes"));
        // a new installation has recorded no session yet: the part says so rather than failing or showing an empty table
        assertEquals(texts.getProperty("evaluation_recorded_none"), run.get("evaluation.recorded"));
        assertEquals(texts.getProperty("evaluation_summary").replace("{0}", texts.getProperty("evaluation_source_demo")).replace("{1}", "300"),
                run.get("evaluation.summary"));
        String change = run.get("evaluation.change");
        assertTrue(change.startsWith(String.join(" | ", expected.treatmentChange())), change);
        assertTrue(run.get("evaluation.accuracy").startsWith(expected.usualCareAuc()), run.get("evaluation.accuracy"));
        for (String arm : List.of("treatment", "usual-care")) {
            String row = run.get("evaluation.survival").lines().filter(line -> line.startsWith(arm + " ")).findFirst().orElseThrow();
            assertTrue(row.contains(" | " + expected.survivalAfterOneYear(arm) + " ["), row);
        }
        assertTrue(run.get("evaluation.logrank").startsWith("Log-rank test between the groups: chi\u00b2 = 4.65"), run.get("evaluation.logrank"));
        assertTrue(run.get("evaluation.calibration").contains("all | I | <5 | "), "band I has 3 people: " + run.get("evaluation.calibration"));
        assertEquals("true", run.get("evaluation.enrolmentchart.drawn"));
        assertEquals("true", run.get("evaluation.survivalchart.drawn"));
        assertScreenshot(Path.of(run.get("evaluation.screenshot")), run.get("window.size"));

        // split by age band: small counts are withheld, never shown
        assertEquals(texts.getProperty("evaluation_subgroup_age_band"), run.get("evaluation.split.subgroup"));
        String byMonth = run.get("evaluation.split.bymonth");
        assertTrue(byMonth.contains("<5"), byMonth);
        assertFalse(java.util.regex.Pattern.compile("(^| )[1-4]( |$)").matcher(byMonth.replace("\n", " | ")).find(), byMonth);
        assertScreenshot(Path.of(run.get("evaluation.split.screenshot")), run.get("window.size"));
    }

    @Test
    void aClinicianWritesASessionNoteThatSurvivesAKillSignsAndAmendsItFlagsTheCaseAndTheSupervisorSeesTheAlert() throws Exception {
        WorkbenchInstallation installation = WorkbenchInstallation.unpack(archive, testProbe, display.name(), work.resolve("notes"));
        String clinician = "ines.clinician";
        String password = "lamp-above-the-quay-9";
        String code = "4TQ8-M2XH-9CKD-3ZRWT";
        Properties texts = texts(NotesUiIds.class, null);
        String client = "\u200E" + code + "\u200E (K. B.)";
        String today = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH).format(LocalDate.now());

        // 1. the clinician opens a case, records a session and types its note; the workbench is killed once the draft is saved
        WorkbenchInstallation.Run typed = installation.startThenKill("typed", "en", Map.of(
                "lanterne.testprobe.account", clinician,
                "lanterne.testprobe.accountpassword", password,
                "lanterne.testprobe.participant", code,
                "lanterne.testprobe.notes", "draft"), timeoutSeconds);

        // the administrator has no Window > Caseload; the clinician has, in the clinician perspective
        assertEquals("false", typed.get("notes.admin.menuitem.rendered"));
        assertTrue(typed.get("notes.trim.text").contains(clinician), typed.get("notes.trim.text"));
        assertEquals("true", typed.get("notes.menuitem.rendered"), "Window > Caseload not rendered");
        assertEquals("true", typed.get("notes.shown"), "the Caseload part did not show its tabs: " + typed.get("notes.notice"));
        assertEquals(WorkbenchIds.PERSPECTIVE_CLINICIAN, typed.get("notes.perspective"));
        assertEquals("", typed.get("notes.notice"));

        // a mistyped code is refused with the reason, nothing is opened and what was typed stays
        assertTrue(typed.get("notes.badcode.message").startsWith(texts.getProperty("notes_refused").replace("{0}", "")),
                typed.get("notes.badcode.message"));
        assertTrue(typed.get("notes.badcode.message").contains("code"), typed.get("notes.badcode.message"));
        assertEquals("", typed.get("notes.badcode.cases"));
        assertEquals("K. B.", typed.get("notes.badcode.alias.kept"));

        // the case is opened and chosen
        assertEquals(texts.getProperty("caseload_opened").replace("{0}", client), typed.get("notes.opened.message"));
        assertEquals(client + " | treatment | " + today + " | \u2014 | \u2014 | \u2014 | 0\n", typed.get("notes.cases"));
        assertEquals("0", typed.get("notes.cases.selected"));

        // a session of today, held individually and attended; its note follows the session-note template in English
        assertEquals("", typed.get("notes.sessions.before"));
        assertEquals(texts.getProperty("session_saved").replace("{0}", today), typed.get("notes.session.message"));
        assertTrue(typed.get("notes.sessions").startsWith(today + " | "), typed.get("notes.sessions"));
        assertTrue(typed.get("notes.sessions").endsWith(" | 50 | Individual | Attended\n"), typed.get("notes.sessions"));
        assertEquals("Session note", typed.get("notes.template"));
        assertTrue(typed.get("notes.section.text").contains("Presentation\nHow the client presented: mood, engagement, anything notable."),
                typed.get("notes.section.text"));
        assertEquals("false", typed.get("notes.sign.enabled.before"), "an unsaved note could be signed");

        // typing saves the draft on its own, once the typing pauses
        assertEquals(texts.getProperty("note_saving"), typed.get("notes.draft.typing"));
        assertEquals("true", typed.get("notes.draft.saved"), "the draft was not saved while typing");
        assertTrue(typed.get("notes.draft.status").startsWith(texts.getProperty("note_saved").replace("{0}.", "")),
                typed.get("notes.draft.status"));
        long savedAfter = Long.parseLong(typed.get("notes.draft.millis"));
        assertTrue(savedAfter >= 1000, "saved before the pause: " + savedAfter + " ms");
        System.out.printf("Session note draft saved %d ms after the last keystroke%n", savedAfter);
        for (String screenshot : List.of("notes.caseload.screenshot", "notes.session.screenshot")) {
            assertScreenshot(Path.of(typed.get(screenshot)), typed.get("window.size"));
        }

        // 2. killed with SIGKILL: nothing ran on the way out, yet the reopened session has the whole draft; it is signed and an amendment typed
        WorkbenchInstallation.Run amending = installation.startThenKill("amending", installation.data("typed"), "en", Map.of(
                "lanterne.testprobe.user", clinician,
                "lanterne.testprobe.password", password,
                "lanterne.testprobe.notes", "recover"), timeoutSeconds);
        assertEquals("true", amending.get("notes.recover.shown"));
        assertEquals("Calm and on time; reports a difficult week at work.", amending.get("notes.recover.presentation"));
        assertEquals("Reviewed the relapse prevention plan and warning signs.", amending.get("notes.recover.content"));
        assertEquals("No contact with minors reported; supportive sibling.", amending.get("notes.recover.risk-and-protective-factors"));
        assertEquals("Next session on Tuesday; practise the coping card daily.", amending.get("notes.recover.plan"));
        // still a draft of its author: editable, and ready to be signed
        assertEquals("true", amending.get("notes.recover.editable"));
        assertEquals("true", amending.get("notes.recover.sign.enabled"));
        assertScreenshot(Path.of(amending.get("notes.recover.screenshot")), amending.get("window.size"));

        // signed: read-only, with who and when
        assertTrue(amending.get("notes.signed.status").startsWith("Signed by " + clinician + " on "), amending.get("notes.signed.status"));
        assertEquals("false", amending.get("notes.signed.editable"));
        assertTrue(amending.get("notes.signed.history").startsWith("As signed | " + clinician + " | "), amending.get("notes.signed.history"));

        // the amendment is saved as it is typed, like the draft, before the workbench is killed again
        assertEquals("true", amending.get("notes.amending.editable"));
        assertEquals(texts.getProperty("note_saving"), amending.get("notes.amending.typing"));
        assertEquals("true", amending.get("notes.amending.saved"), "the amendment was not saved while typing");
        assertTrue(amending.get("notes.amending.status").startsWith(texts.getProperty("note_amendment_saved").substring(0,
                texts.getProperty("note_amendment_saved").indexOf("{0}"))), amending.get("notes.amending.status"));
        System.out.printf("Amendment draft saved %d ms after the last keystroke%n", Long.parseLong(amending.get("notes.amending.millis")));

        // 3. killed while amending: the reopened session is in amending mode with the text typed; then files are attached and searched
        Path files = Files.createTempDirectory(Files.createDirectories(work), "note-files");
        Path letter = NoteFiles.pdf(files.resolve("letter.pdf"),
                "Lettre du service pénitentiaire d'insertion et de probation : le suivi socio-judiciaire se poursuit.");
        Path educatorReport = NoteFiles.docx(files.resolve("report.docx"), "Rapport de l'éducatrice référente : progrès réguliers aux ateliers.");
        Path cut = NoteFiles.firstHalf(letter, files.resolve("cut.pdf"));
        Path scan = NoteFiles.sized(files.resolve("scan.pdf"), (20L << 20) + 1);
        WorkbenchInstallation.Run reopened = installation.start("reopened", installation.data("typed"), "en", Map.of(
                "lanterne.testprobe.user", clinician,
                "lanterne.testprobe.password", password,
                "lanterne.testprobe.notes", "amend",
                "lanterne.testprobe.notefiles", String.join(",", List.of(letter, educatorReport, cut, scan).stream().map(Path::toString).toList()),
                "lanterne.testprobe.notefilequery", "penitentiaire"), timeoutSeconds);
        assertEquals("true", reopened.get("notes.resumed.shown"));
        assertEquals("Next session on Thursday; practise the coping card daily.", reopened.get("notes.resumed.plan"), "the amendment typed is back");
        assertEquals("Calm and on time; reports a difficult week at work.", reopened.get("notes.resumed.presentation"));
        assertEquals("true", reopened.get("notes.resumed.editable"));
        assertEquals("true", reopened.get("notes.resumed.reason.visible"));
        assertEquals("", reopened.get("notes.resumed.reason"));
        assertTrue(reopened.get("notes.resumed.status").startsWith(texts.getProperty("note_amendment_resumed").substring(0,
                texts.getProperty("note_amendment_resumed").indexOf("{0}"))), reopened.get("notes.resumed.status"));
        assertEquals(amending.get("notes.signed.history"), reopened.get("notes.resumed.history"), "a draft is not yet an amendment");

        // an amendment asks for its reason, then keeps the signed text beside the corrected one
        assertEquals(texts.getProperty("note_reason_missing"), reopened.get("notes.amend.noreason.message"));
        assertEquals(amending.get("notes.signed.history"), reopened.get("notes.amend.noreason.history"), "an amendment without reason was saved");
        assertEquals(texts.getProperty("note_amended_saved"), reopened.get("notes.amended.message"));
        String[] history = reopened.get("notes.amended.history").split("\n");
        assertEquals(2, history.length, reopened.get("notes.amended.history"));
        assertTrue(history[1].startsWith("Amendment 1 | " + clinician + " | "), history[1]);
        assertTrue(history[1].endsWith(" | wrong day for the next session"), history[1]);
        assertEquals("Next session on Thursday; practise the coping card daily.", reopened.get("notes.amended.plan"));
        assertTrue(reopened.get("notes.version.signed").contains("Plan\nNext session on Tuesday; practise the coping card daily."),
                reopened.get("notes.version.signed"));

        // a flag raised from the session editor is among the alerts; the caseload counts it, with the session held today
        assertEquals(texts.getProperty("caseload_raised").replace("{0}", client), reopened.get("notes.flag.message"));
        assertTrue(reopened.get("notes.alerts").contains(" | " + client + " | Safeguarding disclosure | " + clinician), reopened.get("notes.alerts"));
        assertEquals(client + " | treatment | " + today + " | " + today + " | \u2014 | \u2014 | 1\n", reopened.get("notes.caseload.flagged"));

        // the timeline: the session and the flag, and the attendance rate
        assertEquals(texts.getProperty("timeline_of").replace("{0}", client), reopened.get("notes.timeline.heading"));
        assertEquals(texts.getProperty("timeline_rate").replace("{0}", "100"), reopened.get("notes.timeline.rate"));
        assertEquals(today + " | Session | Attended\n" + today + " | Flag raised | Safeguarding disclosure\n", reopened.get("notes.timeline"));
        for (String screenshot : List.of("notes.resumed.screenshot", "notes.amended.screenshot", "notes.timeline.screenshot")) {
            assertScreenshot(Path.of(reopened.get(screenshot)), reopened.get("window.size"));
        }
        attachedFilesAreListedCopiedAndSearched(reopened, texts, client, today, letter);

        // 4. a supervisor, working in French, sees the team's caseload, with who holds each case, and the raised flag among the alerts
        String supervisor = "lea.supervisor";
        WorkbenchInstallation.Run supervised = installation.start("supervised", installation.data("typed"), "fr", Map.of(
                "lanterne.testprobe.account", supervisor,
                "lanterne.testprobe.accountpassword", "gulls-over-the-pier-5",
                "lanterne.testprobe.notes", "supervise"), timeoutSeconds);
        Properties french = texts(NotesUiIds.class, "fr");
        String aujourdhui = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.FRENCH).format(LocalDate.now());
        assertEquals("true", supervised.get("supervisor.menuitem.rendered"), "Window > Caseload not rendered for the supervisor");
        assertEquals("true", supervised.get("supervisor.shown"), "the supervisor saw no alert: " + supervised.get("supervisor.notice"));
        assertEquals(client + " | treatment | " + aujourdhui + " | " + aujourdhui + " | \u2014 | \u2014 | 1 | " + clinician + "\n",
                supervised.get("supervisor.cases"));
        assertTrue(supervised.get("supervisor.alerts").contains(" | " + client + " | " + french.getProperty("risk_safeguarding_disclosure")
                + " | " + clinician), supervised.get("supervisor.alerts"));
        // a supervisor opens no case
        assertEquals("false", supervised.get("supervisor.opencase.visible"));
        assertScreenshot(Path.of(supervised.get("supervisor.screenshot")), supervised.get("window.size"));
        // and resolves the alert
        assertEquals(french.getProperty("caseload_resolved"), supervised.get("supervisor.resolved.message"));
        assertEquals("", supervised.get("supervisor.resolved.alerts"));
        assertTrue(supervised.get("supervisor.resolved.cases").endsWith(" | 0 | " + clinician + "\n"), supervised.get("supervisor.resolved.cases"));
        // and finds the clinician's note by its words, in French
        assertEquals(french.getProperty("search_found").replace("{0}", "1"), supervised.get("notes.search.supervisor.message"));
        assertTrue(supervised.get("notes.search.supervisor.rows").startsWith(client + " | " + aujourdhui + " | " + french.getProperty("search_in_note") + " | "),
                supervised.get("notes.search.supervisor.rows"));
        assertEquals("relapse", supervised.get("notes.search.supervisor.highlighted"));
    }

    // The session's attached files: a too large one refused, the others attached in a job each; a copy saved; the search of files and note.
    private static void attachedFilesAreListedCopiedAndSearched(WorkbenchInstallation.Run run, Properties texts, String client, String today,
            Path letter) throws IOException {
        assertEquals("true", run.get("notes.attachments.visible"));
        assertEquals(texts.getProperty("attachment_too_big").replace("{0}", "scan.pdf").replace("{1}", "20"), run.get("notes.attach.toobig.message"));
        assertEquals("", run.get("notes.attach.toobig.rows"), "a file over the limit was attached");
        List<String> names = List.of("letter.pdf", "report.docx", "cut.pdf");
        for (int i = 0; i < names.size(); i++) {
            String key = "notes.attach." + i;
            // while the job reads the file the bar shows and no other file can be attached
            assertEquals("true", run.get(key + ".busy"), key);
            assertEquals("false", run.get(key + ".enabled"), key);
            assertEquals(texts.getProperty("attachment_attaching").replace("{0}", names.get(i)), run.get(key + ".message"));
            assertEquals("true", run.get(key + ".done"), key + " did not end");
        }
        assertEquals(texts.getProperty("attachment_attached").replace("{0}", "letter.pdf"), run.get("notes.attach.0.outcome"));
        assertEquals(texts.getProperty("attachment_attached").replace("{0}", "report.docx"), run.get("notes.attach.1.outcome"));
        assertTrue(run.get("notes.attach.2.outcome").startsWith(texts.getProperty("attachment_attached_unread").replace("{0}", "cut.pdf")
                .replace("{1}", "")), run.get("notes.attach.2.outcome"));
        String[] rows = run.get("notes.attachments").split("\n");
        assertEquals(3, rows.length, run.get("notes.attachments"));
        assertTrue(rows[0].matches("letter\\.pdf \\| \\d+ K?B \\| Read for search"), rows[0]);
        assertTrue(rows[1].matches("report\\.docx \\| \\d+ K?B \\| Read for search"), rows[1]);
        assertTrue(rows[2].startsWith("cut.pdf | "), rows[2]);
        assertTrue(rows[2].contains(" | Not searchable: "), rows[2]);
        assertScreenshot(Path.of(run.get("notes.attachments.screenshot")), run.get("window.size"));

        // the copy is the file as it was attached; a typed path never replaces a file
        Path copy = Path.of(run.get("notes.copy.file"));
        assertEquals(texts.getProperty("attachment_saved").replace("{0}", "letter.pdf").replace("{1}", copy.toString()), run.get("notes.copy.message"));
        assertTrue(Arrays.equals(Files.readAllBytes(letter), Files.readAllBytes(copy)), "the copy differs from the attached file");
        assertEquals(texts.getProperty("attachment_exists").replace("{0}", copy.toString()), run.get("notes.copy.again.message"));

        // words only in the letter, typed without accents, find the letter with its words highlighted, and open its session and file
        assertEquals(texts.getProperty("search_found").replace("{0}", "1"), run.get("notes.search.file.message"));
        assertTrue(run.get("notes.search.file.rows").startsWith(client + " | " + today + " | Attached file | "), run.get("notes.search.file.rows"));
        assertTrue(run.get("notes.search.file.rows").contains("service pénitentiaire d'insertion"), run.get("notes.search.file.rows"));
        assertEquals("pénitentiaire", run.get("notes.search.file.highlighted"));
        assertScreenshot(Path.of(run.get("notes.search.screenshot")), run.get("window.size"));
        assertEquals("1", run.get("notes.search.file.opened.tab"));
        assertEquals(today, run.get("notes.search.file.opened.session"));
        assertEquals("letter.pdf", run.get("notes.search.file.opened.attachment"));

        // words only in the note find the note, and open it
        assertEquals(texts.getProperty("search_found").replace("{0}", "1"), run.get("notes.search.note.message"));
        assertTrue(run.get("notes.search.note.rows").startsWith(client + " | " + today + " | Note | "), run.get("notes.search.note.rows"));
        assertEquals("relapse", run.get("notes.search.note.highlighted"));
        assertEquals("1", run.get("notes.search.note.opened.tab"));
        assertEquals(today, run.get("notes.search.note.opened.session"));
        assertEquals("Reviewed the relapse prevention plan and warning signs.", run.get("notes.search.note.opened.content"));

        assertEquals(texts.getProperty("search_none"), run.get("notes.search.nothing.message"));
        assertEquals("", run.get("notes.search.nothing.rows"));
    }

    @Test
    void atStartNothingButTheSignInWindowIsShown() throws Exception {
        WorkbenchInstallation.Run run = plainRun();
        Properties english = texts(WorkbenchIds.class, null);
        // a new installation has no account: the window offers to create the first administrator
        assertEquals("BOOTSTRAP", run.get("signin.before.mode"));
        assertEquals(List.of(), run.list("signin.before.parts.rendered"), "parts rendered before sign-in");
        assertEquals("true", run.get("signin.shell.modal"));
        String text = run.get("signin.before.text");
        assertTrue(text.contains(english.getProperty("signin_bootstrap_heading")), text);
        for (String rule : List.of("signin_rule_min_length", "signin_rule_max_length", "signin_rule_not_name",
                "signin_rule_not_common", "signin_rule_not_repetitive")) {
            assertTrue(text.contains(english.getProperty(rule)), rule + " not shown:\n" + text);
        }
        assertFalse(text.contains(english.getProperty("welcome_privacy_heading")), text);
        assertScreenshot(Path.of(run.get("signin.before.screenshot")), run.get("window.size"));
    }

    @Test
    void theFirstAdministratorIsCreatedThenSignsInAndTheTrimShowsWhoIsSignedIn() throws Exception {
        WorkbenchInstallation.Run run = plainRun();
        Properties english = texts(WorkbenchIds.class, null);
        String user = WorkbenchInstallation.USER;
        assertEquals("SIGN_IN", run.get("bootstrap.mode.after"));
        assertEquals(english.getProperty("signin_bootstrap_done").replace("{0}", user), run.get("bootstrap.message"));
        assertEquals(user, run.get("bootstrap.name.filled"));
        assertScreenshot(Path.of(run.get("bootstrap.screenshot")), run.get("window.size"));

        assertEquals("true", run.get("signin.completed"));
        assertTrue(run.list("parts.rendered").contains(WorkbenchIds.PART_WELCOME), run.get("parts.rendered"));
        String trim = run.get("trim.signin.text");
        assertTrue(trim.contains(english.getProperty("signin_status_user").replace("{0}", user)), trim);
        assertTrue(trim.contains(english.getProperty("signin_signout")), trim);
        assertFalse(trim.contains(english.getProperty("signin_status")), trim);
    }

    @Test
    void aWrongPasswordAndAnUnknownNameAreRefusedAlikeAndTheWorkbenchStaysClosed() throws Exception {
        WorkbenchInstallation installation = WorkbenchInstallation.unpack(archive, testProbe, display.name(), work.resolve("refusals"));
        WorkbenchInstallation.Run run = installation.start("refusals", "en", Map.of("lanterne.testprobe.refusals", "true"),
                timeoutSeconds);
        Properties english = texts(WorkbenchIds.class, null);

        assertEquals(english.getProperty("signin_refused_wrong"), run.get("refused.wrongpassword.message"));
        assertEquals(run.get("refused.wrongpassword.message"), run.get("refused.unknownname.message"));
        for (String attempt : List.of("wrongpassword", "unknownname")) {
            assertEquals("SIGN_IN", run.get("refused." + attempt + ".mode"), attempt);
            assertEquals(List.of(), run.list("refused." + attempt + ".parts.rendered"), attempt);
        }
        assertScreenshot(Path.of(run.get("refused.screenshot")), run.get("window.size"));
        // the right password still opens the workbench
        assertEquals("true", run.get("signin.completed"));
        assertTrue(run.list("parts.rendered").contains(WorkbenchIds.PART_WELCOME), run.get("parts.rendered"));
    }

    @Test
    void withoutInputTheWindowLocksAndThePasswordUnlocksIt() throws Exception {
        WorkbenchInstallation installation = WorkbenchInstallation.unpack(archive, testProbe, display.name(), work.resolve("lock"));
        WorkbenchInstallation.Run run = installation.start("lock", "en", Map.of("lanterne.testprobe.lock", "true",
                WorkbenchIds.PROPERTY_LOCK_AFTER_SECONDS, "5"), timeoutSeconds);
        Properties english = texts(WorkbenchIds.class, null);

        assertEquals("UNLOCK", run.get("lock.mode"));
        long after = Long.parseLong(run.get("lock.after.millis"));
        assertTrue(after >= 3_000 && after < 30_000, "locked after " + after + " ms");
        // hidden, not closed: the user finds their work again after unlocking
        assertEquals("true", run.get("lock.part.welcome.rendered"));
        assertEquals("false", run.get("lock.part.welcome.visible"));
        String text = run.get("lock.text");
        assertTrue(text.contains(english.getProperty("lock_heading")), text);
        assertTrue(text.contains(WorkbenchInstallation.USER), text);
        assertTrue(text.contains(english.getProperty("lock_other")), text);
        assertScreenshot(Path.of(run.get("lock.screenshot")), run.get("window.size"));

        assertEquals("true", run.get("unlock.completed"));
        assertEquals("true", run.get("unlock.part.welcome.visible"));
        assertTrue(run.get("unlock.trim.text").contains(WorkbenchInstallation.USER), run.get("unlock.trim.text"));
    }

    @Test
    void arabicWorkbenchIsLaidOutRightToLeftAndTranslated() throws Exception {
        WorkbenchInstallation installation = WorkbenchInstallation.unpack(archive, testProbe, display.name(), work.resolve("arabic"));
        WorkbenchInstallation.Run run = installation.start("arabic", "ar", Map.of("lanterne.testprobe.lock", "true",
                WorkbenchIds.PROPERTY_LOCK_AFTER_SECONDS, "5"), timeoutSeconds);
        Properties arabic = texts(WorkbenchIds.class, "ar");

        // the sign-in and lock windows too
        assertEquals("true", run.get("signin.shell.rightToLeft"));
        assertTrue(run.get("signin.before.text").contains(arabic.getProperty("signin_bootstrap_heading")), run.get("signin.before.text"));
        assertTrue(run.get("lock.text").contains(arabic.getProperty("lock_heading")), run.get("lock.text"));
        assertEquals("true", run.get("unlock.completed"));

        assertEquals("true", run.get("window.rightToLeft"));
        assertTrue(run.get("menubar.labels").contains(arabic.getProperty("menu_file")), run.get("menubar.labels"));
        assertEquals(arabic.getProperty("perspective_clinician"), run.get("perspective.active.label"));
        assertTrue(run.get("part." + WorkbenchIds.PART_WELCOME + ".text").contains(arabic.getProperty("welcome_privacy_heading")));
        assertScreenshot(run.screenshot(), run.get("window.size"));
    }

    @Test
    void frenchWorkbenchIsTranslatedAndLaidOutLeftToRight() throws Exception {
        WorkbenchInstallation installation = WorkbenchInstallation.unpack(archive, testProbe, display.name(), work.resolve("french"));
        WorkbenchInstallation.Run run = installation.start("french", "fr", Map.of(), timeoutSeconds);
        Properties french = texts(WorkbenchIds.class, "fr");

        assertEquals("false", run.get("window.rightToLeft"));
        assertTrue(run.get("menubar.labels").contains(french.getProperty("menu_file")), run.get("menubar.labels"));
        assertEquals(french.getProperty("perspective_clinician"), run.get("perspective.active.label"));
        assertTrue(run.get("part." + WorkbenchIds.PART_WELCOME + ".text").contains(french.getProperty("welcome_privacy_heading")));
    }
}
