package org.lanterne.selfhelp.web;

import java.util.Map;

import javax.servlet.http.HttpServletResponse;

/**
 * The headers of every answer of the participant page. A participant's safety depends on nobody
 * learning that they visited it: nothing may load from, or tell, another origin, and no copy may
 * stay in the browser's cache of a shared device.
 */
final class SecurityHeaders {

    /**
     * Only this server's own files and API. Forms are sent by the page's scripts: a form submitted
     * natively would put the resume code in the URL, so form-action is 'none'. Trusted Types make
     * every HTML sink go through the one policy that builds module pages from the API's HTML.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
            "require-trusted-types-for 'script'",
            "trusted-types selfhelp-module-html");

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "Referrer-Policy", "no-referrer",
            "X-Content-Type-Options", "nosniff",
            "Cache-Control", "no-store",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()");

    private SecurityHeaders() {
    }

    static void apply(HttpServletResponse response) {
        HEADERS.forEach(response::setHeader);
    }
}
