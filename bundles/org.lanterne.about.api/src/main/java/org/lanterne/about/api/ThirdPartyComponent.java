package org.lanterne.about.api;

/**
 * A third-party component shipped with Lanterne.
 *
 * @param name    the component's name, for example {@code Apache Derby}
 * @param licence the SPDX identifier of its licence
 * @param purpose what Lanterne uses it for, in English
 */
public record ThirdPartyComponent(String name, String licence, String purpose) {
}
