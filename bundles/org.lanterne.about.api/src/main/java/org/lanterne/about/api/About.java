package org.lanterne.about.api;

import java.util.List;

/**
 * What this installation is.
 *
 * @param product    the product name
 * @param version    the Lanterne version
 * @param licence    the SPDX identifier of Lanterne's own licence
 * @param components the third-party components shipped, sorted by name
 */
public record About(String product, String version, String licence, List<ThirdPartyComponent> components) {

    public About {
        components = List.copyOf(components);
    }
}
