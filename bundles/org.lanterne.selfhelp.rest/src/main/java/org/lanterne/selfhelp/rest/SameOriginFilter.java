package org.lanterne.selfhelp.rest;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Refuses requests that another site could make a participant's browser send. The API uses no
 * cookie, so a forged request carries no session anyway; what is left to forge are enrolments and
 * resumptions. So every call that changes something ({@code POST}, {@code PUT}, {@code DELETE})
 * is refused with 403 when the browser says it comes from another site ({@code Sec-Fetch-Site}) or
 * another origin ({@code Origin} against {@code Host}), and a body that is not
 * {@code application/json} is refused with 415: a form or a {@code text/plain} request, the only
 * kinds another site can send without the browser asking the server first, never reaches a servlet.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterName("lanterne.selfhelp.same-origin")
@HttpWhiteboardFilterPattern("/api/v1/selfhelp/*")
public class SameOriginFilter implements Filter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> OTHER_SITES = Set.of("cross-site", "same-site");

    @Override
    public void init(FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void destroy() {
        // nothing to release
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        if (!SAFE_METHODS.contains(request.getMethod())) {
            String lang = ErrorMessages.language(request, ErrorMessages.FALLBACK);
            if (fromAnotherOrigin(request)) {
                Requests.error(response, HttpServletResponse.SC_FORBIDDEN, lang, "other-origin");
                return;
            }
            if (hasBody(request) && !isJson(request.getContentType())) {
                Requests.error(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, lang, "not-json");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static boolean fromAnotherOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && OTHER_SITES.contains(site.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false; // not sent by a browser's cross-origin request: such a request cannot ride on a participant's browser
        }
        String host = request.getHeader("Host");
        try {
            URI from = URI.create(origin.strip());
            return host == null || from.getRawAuthority() == null || !from.getRawAuthority().equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException unreadable) {
            return true; // "null" (a sandboxed frame, a file) or worse
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    static boolean isJson(String contentType) {
        return contentType != null && contentType.split(";", 2)[0].strip().equalsIgnoreCase("application/json");
    }
}
