package org.lanterne.literature.provider.references;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;

/**
 * Text in BibTeX values. Written: the characters LaTeX treats specially are escaped and accented
 * Latin letters with the five common accents become accent commands ({@code {\'e}}), which
 * every BibTeX reads; other letters (ç, Arabic, ...) stay as UTF-8. Read: jbibtex's LaTeX printer turns commands back into Unicode.
 */
final class Latex {

    // the accents jbibtex reads back; letters with other marks (ç, å, č) stay UTF-8
    private static final Map<Character, String> ACCENTS = Map.of('\u0301', "'", '\u0300', "`", '\u0302', "^",
            '\u0308', "\"", '\u0303', "~");
    private static final Map<Character, String> SPECIAL = Map.ofEntries(Map.entry('\\', "\\textbackslash{}"),
            Map.entry('{', "\\{"), Map.entry('}', "\\}"), Map.entry('#', "\\#"), Map.entry('$', "\\$"),
            Map.entry('%', "\\%"), Map.entry('&', "\\&"), Map.entry('_', "\\_"), Map.entry('~', "\\textasciitilde{}"),
            Map.entry('^', "\\textasciicircum{}"), Map.entry('œ', "{\\oe}"), Map.entry('Œ', "{\\OE}"),
            Map.entry('æ', "{\\ae}"), Map.entry('Æ', "{\\AE}"), Map.entry('ß', "{\\ss}"));

    static {
        // letters jbibtex's printer does not know, and two commands that keep ' and ` as they are
        // (the printer makes them typographic quotes); its table is private to this bundle's copy
        Map.of("oe", "œ", "OE", "Œ", "ae", "æ", "AE", "Æ", "ss", "ß", "aa", "å", "AA", "Å", "o", "ø", "O", "Ø")
                .forEach(LaTeXPrinter::setSymbol);
        LaTeXPrinter.setSymbol("lanternequote", "'");
        LaTeXPrinter.setSymbol("lanternebackquote", "`");
    }

    private Latex() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String special = SPECIAL.get(c);
            if (special != null) {
                out.append(special);
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            String accent = decomposed.length() == 2 && decomposed.charAt(0) < 128 ? ACCENTS.get(decomposed.charAt(1)) : null;
            if (accent == null) {
                out.append(c);
            } else {
                out.append("{\\").append(accent).append(decomposed.charAt(0)).append('}');
            }
        }
        return out.toString();
    }

    /** @return the Unicode text of a BibTeX value; braces that only group are dropped */
    static String unescape(String latex) {
        String quotesKept = latex.replaceAll("(?<!\\\\)'", "\\\\lanternequote{}")
                .replaceAll("(?<!\\\\)`", "\\\\lanternebackquote{}");
        try {
            List<LaTeXObject> objects = new LaTeXParser().parse(quotesKept);
            return new LaTeXPrinter().print(objects);
        } catch (ParseException | TokenMgrException e) {
            // not valid LaTeX (a lone backslash): keep the text without its grouping braces
            return latex.replaceAll("(?<!\\\\)[{}]", "");
        }
    }
}
