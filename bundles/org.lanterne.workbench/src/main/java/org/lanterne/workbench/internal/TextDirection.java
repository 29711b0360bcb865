package org.lanterne.workbench.internal;

import java.util.Locale;
import java.util.Set;

/** Decides whether the user interface is laid out right to left for a locale. */
public final class TextDirection {

    // Languages written right to left; "iw" and "ji" are the legacy codes of Hebrew and Yiddish.
    private static final Set<String> RIGHT_TO_LEFT_LANGUAGES = Set.of(
            "ar", "ckb", "dv", "fa", "he", "iw", "ji", "ps", "sd", "ug", "ur", "yi");

    private TextDirection() {
    }

    /**
     * @param locale the locale of the user interface, may be {@code null}
     * @return whether its language is written right to left
     */
    public static boolean isRightToLeft(Locale locale) {
        return locale != null && RIGHT_TO_LEFT_LANGUAGES.contains(locale.getLanguage());
    }
}
