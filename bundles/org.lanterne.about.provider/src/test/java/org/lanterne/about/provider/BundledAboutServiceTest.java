package org.lanterne.about.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.lanterne.about.api.About;
import org.lanterne.about.api.ThirdPartyComponent;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

class BundledAboutServiceTest {

    @Test
    void theBundledListNamesEveryComponentWithALicence() throws IOException {
        try (InputStream in = BundledAboutService.class.getResourceAsStream("third-party.json")) {
            About about = BundledAboutService.describe("1.0.0", in);

            assertEquals("Lanterne", about.product());
            assertEquals("1.0.0", about.version());
            assertTrue(about.components().stream().anyMatch(c -> c.name().equals("Apache Derby") && c.licence().equals("Apache-2.0")));
            assertFalse(about.components().stream().anyMatch(c -> c.licence().isBlank() || c.purpose().isBlank()));
        }
    }

    @Test
    void componentsAreSortedByNameIgnoringCase() throws IOException {
        String json = """
                [{"name":"zeta","licence":"MIT","purpose":"p"},{"name":"Alpha","licence":"MIT","purpose":"p"}]""";
        About about = BundledAboutService.describe("1.0.0", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of("Alpha", "zeta"), about.components().stream().map(ThirdPartyComponent::name).toList());
    }

    @Test
    void aMalformedListIsRefused() {
        InputStream broken = new ByteArrayInputStream("[{\"name\":".getBytes(StandardCharsets.UTF_8));

        assertThrows(JsonProcessingException.class, () -> BundledAboutService.describe("1.0.0", broken));
    }
}
