package org.lanterne.selfhelp.provider;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lanterne.selfhelp.api.CrisisHelplines;
import org.lanterne.selfhelp.api.Helpline;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Helplines by country from {@code <lanterne.data>/selfhelp/helplines.json}, or, without that file,
 * the clearly marked examples shipped in the bundle. The file is read at each call, so that a
 * corrected number is shown at once; a broken file is logged and the shipped list is used.
 */
@Component
public class BundledHelplines implements CrisisHelplines {

    private static final Logger LOG = System.getLogger(BundledHelplines.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** One entry of the file, its texts by language. */
    record Entry(Map<String, String> name, String phone, String url, Map<String, String> hours) {

        Helpline in(String language) {
            return new Helpline(text(name, language), phone, url, text(hours, language));
        }

        private static String text(Map<String, String> texts, String language) {
            return texts == null ? null : texts.getOrDefault(language, texts.get("en"));
        }
    }

    /** The file: a default list and lists by ISO country code. */
    record Listing(String note, List<Entry> fallback, Map<String, List<Entry>> countries) {

        @JsonCreator
        Listing(@JsonProperty("note") String note,
                @JsonProperty("default") List<Entry> fallback,
                @JsonProperty("countries") Map<String, List<Entry>> countries) {
            this.note = note;
            this.fallback = fallback == null ? List.of() : fallback;
            this.countries = countries == null ? Map.of() : countries;
        }
    }

    private final Path override = Path.of(System.getProperty("lanterne.data", Path.of(System.getProperty("user.home"), ".lanterne").toString()),
            "selfhelp", "helplines.json");

    @Override
    public List<Helpline> helplines(String country, String language) {
        Listing listing = listing();
        String code = country == null ? "" : country.toUpperCase(Locale.ROOT);
        return listing.countries().getOrDefault(code, listing.fallback()).stream().map(e -> e.in(language)).toList();
    }

    private Listing listing() {
        if (Files.isRegularFile(override)) {
            try {
                return JSON.readValue(override.toFile(), Listing.class);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "The helplines file " + override + " cannot be read, the shipped examples are shown: " + e.getMessage());
            }
        }
        try (InputStream in = BundledHelplines.class.getResourceAsStream("/helplines.json")) {
            return JSON.readValue(in, Listing.class);
        } catch (IOException e) {
            throw new IllegalStateException("The bundle's helplines.json cannot be read", e);
        }
    }
}
