package org.lanterne.about.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

import org.lanterne.about.api.About;
import org.lanterne.about.api.AboutService;
import org.lanterne.about.api.ThirdPartyComponent;
import org.lanterne.core.api.LanterneHeaders;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Describes the installation from the list of third-party components bundled with this capability. */
@Component
public class BundledAboutService implements AboutService {

    static final String PRODUCT = "Lanterne";
    static final String LICENCE = "EPL-2.0";
    private static final String COMPONENTS = "third-party.json";

    private final About about;

    @Activate
    public BundledAboutService(BundleContext context) {
        String version = context.getBundle().getHeaders("").get(LanterneHeaders.VERSION);
        try (InputStream in = BundledAboutService.class.getResourceAsStream(COMPONENTS)) {
            about = describe(version, in);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled list " + COMPONENTS + " cannot be read", e);
        }
    }

    static About describe(String version, InputStream components) throws IOException {
        List<ThirdPartyComponent> list = new ObjectMapper().readValue(components, new TypeReference<List<ThirdPartyComponent>>() {
        });
        return new About(PRODUCT, version,
                LICENCE, list.stream().sorted(Comparator.comparing(ThirdPartyComponent::name, String.CASE_INSENSITIVE_ORDER)).toList());
    }

    @Override
    public About about() {
        return about;
    }
}
