package org.lanterne.about.ui.internal;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.lanterne.about.api.About;
import org.lanterne.about.api.AboutService;
import org.lanterne.about.api.ThirdPartyComponent;
import org.lanterne.core.api.Installation;
import org.lanterne.core.api.InstallationService;
import org.lanterne.store.api.PersistenceService;
import org.lanterne.store.api.StoreDescription;

/**
 * What the About part shows, gathered from whichever services are present. Free of SWT so that
 * it can be built off the UI thread and tested without a display.
 *
 * @param rows       label and value pairs, in display order
 * @param components the third-party components, empty when the About service is absent
 */
public record AboutReport(List<Row> rows, List<ThirdPartyComponent> components) {

    /** One line of the report. */
    public record Row(String label, String value) {
    }

    public AboutReport {
        rows = List.copyOf(rows);
        components = List.copyOf(components);
    }

    /**
     * Asks each service for its part of the report. An absent service, or one that fails (the
     * database may not open), gives a line saying so instead of its data.
     *
     * @param about        may be {@code null}
     * @param installation may be {@code null}
     * @param persistence  may be {@code null}
     */
    public static AboutReport collect(AboutMessages messages, Locale locale, AboutService about,
            InstallationService installation, PersistenceService persistence) {
        List<Row> rows = new ArrayList<>();
        List<ThirdPartyComponent> components = new ArrayList<>();

        About product = ask(about == null ? null : about::about, messages.about_unavailable_about,
                messages, rows);
        if (product != null) {
            rows.add(new Row(messages.about_product, product.product()));
            rows.add(new Row(messages.about_version, product.version()));
            rows.add(new Row(messages.about_licence, product.licence()));
            components.addAll(product.components());
        }

        Installation record = ask(installation == null ? null : installation::installation,
                messages.about_unavailable_installation, messages, rows);
        if (record != null) {
            rows.add(new Row(messages.about_installation, record.id()));
            rows.add(new Row(messages.about_installation_created, format(record.createdAt(), locale)));
            rows.add(new Row(messages.about_installation_created_with, record.createdWith()));
        }

        StoreDescription store = ask(persistence == null ? null : persistence::description,
                messages.about_unavailable_database, messages, rows);
        if (store != null) {
            rows.add(new Row(messages.about_database, store.engine() + " \u2014 "
                    + (store.encrypted() ? messages.about_database_encrypted : messages.about_database_not_encrypted)));
            rows.add(new Row(messages.about_database_location, store.location()));
        }
        return new AboutReport(rows, components);
    }

    // Returns null after adding a row that explains why there is no answer.
    private static <T> T ask(Supplier<T> service, String unavailable, AboutMessages messages, List<Row> rows) {
        if (service == null) {
            rows.add(new Row(unavailable, ""));
            return null;
        }
        try {
            return service.get();
        } catch (RuntimeException e) {
            rows.add(new Row(unavailable, MessageFormat.format(messages.about_failed, String.valueOf(e.getMessage()))));
            return null;
        }
    }

    static String format(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(instant);
    }
}
