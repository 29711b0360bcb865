package org.lanterne.about.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.lanterne.about.api.About;
import org.lanterne.about.api.AboutService;
import org.lanterne.about.api.ThirdPartyComponent;
import org.lanterne.core.api.Installation;
import org.lanterne.core.api.InstallationService;
import org.lanterne.store.api.PersistenceService;
import org.lanterne.store.api.StoreDescription;
import org.lanterne.store.api.StoreUnavailableException;

class AboutReportTest {

    private static AboutMessages messages() throws IllegalAccessException {
        AboutMessages messages = new AboutMessages();
        for (Field field : AboutMessages.class.getFields()) {
            field.set(messages, "[" + field.getName() + "]");
        }
        messages.about_failed = "failed: {0}";
        return messages;
    }

    private static final About ABOUT = new About("Lanterne", "9.8.7", "EPL-2.0",
            List.of(new ThirdPartyComponent("Apache Derby", "Apache-2.0", "database")));

    private static final Installation INSTALLATION = new Installation("inst-42", Instant.parse("2026-01-02T03:04:05Z"), "9.8.6");

    private static PersistenceService store(StoreDescription description) {
        return new PersistenceService() {
            @Override
            public jakarta.persistence.EntityManagerFactory open(org.osgi.framework.Bundle owner, String unitName) {
                throw new UnsupportedOperationException();
            }

            @Override
            public StoreDescription description() {
                return description;
            }
        };
    }

    private static String value(AboutReport report, String label) {
        return report.rows().stream().filter(row -> row.label().equals(label)).map(AboutReport.Row::value)
                .findFirst().orElseThrow(() -> new AssertionError("no row " + label + " in " + report.rows()));
    }

    @Test
    void withoutServicesEveryPartSaysItIsUnavailable() throws IllegalAccessException {
        AboutMessages messages = messages();
        AboutReport report = AboutReport.collect(messages, Locale.ENGLISH, null, null, null);
        List<String> labels = report.rows().stream().map(AboutReport.Row::label).toList();
        assertEquals(List.of(messages.about_unavailable_about, messages.about_unavailable_installation,
                messages.about_unavailable_database), labels);
        assertTrue(report.components().isEmpty());
    }

    @Test
    void showsProductInstallationAndDatabaseFromTheServices() throws IllegalAccessException {
        AboutMessages messages = messages();
        AboutService about = () -> ABOUT;
        InstallationService installation = () -> INSTALLATION;
        AboutReport report = AboutReport.collect(messages, Locale.ENGLISH, about, installation,
                store(new StoreDescription("derby", "/data/db", true)));

        assertEquals(ABOUT.version(), value(report, messages.about_version));
        assertEquals(ABOUT.licence(), value(report, messages.about_licence));
        assertEquals(INSTALLATION.id(), value(report, messages.about_installation));
        assertEquals(INSTALLATION.createdWith(), value(report, messages.about_installation_created_with));
        assertEquals("/data/db", value(report, messages.about_database_location));
        assertTrue(value(report, messages.about_database).contains(messages.about_database_encrypted));
        assertEquals(ABOUT.components(), report.components());
    }

    @Test
    void anUnencryptedDatabaseIsShownAsSuch() throws IllegalAccessException {
        AboutMessages messages = messages();
        AboutReport report = AboutReport.collect(messages, Locale.ENGLISH, null, null,
                store(new StoreDescription("postgresql", "db.example:5432", false)));
        assertTrue(value(report, messages.about_database).contains(messages.about_database_not_encrypted));
    }

    @Test
    void aFailingServiceIsReportedWithItsReasonAndTheOthersStillShow() throws IllegalAccessException {
        AboutMessages messages = messages();
        InstallationService broken = () -> {
            throw new StoreUnavailableException("wrong boot password", null);
        };
        AboutReport report = AboutReport.collect(messages, Locale.ENGLISH, () -> ABOUT, broken, null);
        assertEquals("failed: wrong boot password", value(report, messages.about_unavailable_installation));
        assertEquals(ABOUT.version(), value(report, messages.about_version));
    }

    @Test
    void creationTimeFollowsTheLocale() {
        Instant instant = INSTALLATION.createdAt();
        String french = AboutReport.format(instant, Locale.FRENCH);
        String english = AboutReport.format(instant, Locale.ENGLISH);
        assertTrue(french.contains("2026") && english.contains("2026"));
        assertTrue(!french.equals(english), french + " / " + english);
    }
}
