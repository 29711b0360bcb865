package org.lanterne.selfhelp.rest;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import javax.servlet.http.HttpServletRequest;

/**
 * The messages of the API's errors in the participant page's languages, from
 * {@code errors{,_fr,_ar}.properties} next to this class, each under the error's stable key. A
 * message names its details as {@code {0}}, {@code {1}}.
 */
final class ErrorMessages {

    /** The languages errors are written in; English when the request asks for none of them. */
    static final List<String> LANGUAGES = List.of("fr", "ar", "en");
    static final String FALLBACK = "en";

    private static final String BUNDLE = "org.lanterne.selfhelp.rest.errors";
    // never the server's default locale: a French server must not answer an English request in French
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ErrorMessages() {
    }

    /** @return the language of the request's {@code lang} parameter if errors are written in it, else {@code otherwise} */
    static String language(HttpServletRequest request, String otherwise) {
        String asked = request.getParameter("lang");
        return asked != null && LANGUAGES.contains(asked) ? asked : otherwise;
    }

    /** @return the message of {@code key} in {@code language} (or English), its placeholders replaced by {@code details} */
    static String message(String key, String language, List<String> details) {
        String text = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(LANGUAGES.contains(language) ? language : FALLBACK),
                ErrorMessages.class.getClassLoader(), NO_FALLBACK).getString(key);
        for (int i = 0; i < details.size(); i++) {
            text = text.replace("{" + i + "}", details.get(i));
        }
        return text;
    }
}
