package org.lanterne.selfhelp.web;

import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps a request path under {@code /selfhelp/} to one of the page's files in this bundle, or to nothing. */
final class PageResources {

    /** Where the page's files are, inside the bundle. */
    static final String FOLDER = "/selfhelp";

    /**
     * Lower-case names in lower-case folders with a known extension: no {@code ..}, no encoded
     * characters, no other file of the bundle (class files) can be named.
     */
    private static final Pattern SERVABLE = Pattern.compile("/(?:[a-z0-9-]+/)*[a-z0-9-]+\\.(html|css|js|json)");

    /** Module scripts are refused by browsers without a JavaScript type once nosniff is set. */
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json; charset=utf-8");

    /** A file of the page and the type to send it with. */
    record PageResource(URL url, String contentType) {
    }

    private PageResources() {
    }

    /** @param path the path after {@code /selfhelp}; {@code /} is the page itself */
    static Optional<PageResource> find(String path) {
        String file = "/".equals(path) ? "/index.html" : path;
        Matcher matcher = SERVABLE.matcher(file);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        URL url = PageResources.class.getResource(FOLDER + file);
        return Optional.ofNullable(url).map(found -> new PageResource(found, CONTENT_TYPES.get(matcher.group(1))));
    }
}
