package org.lanterne.literature.provider;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata that files rarely carry, guessed from the text and the file name. The user corrects
 * them later where they are wrong.
 */
final class Guesses {

    private static final Pattern DOI = Pattern.compile("\\b(10\\.\\d{4,9}/[^\\s\"<>]+)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");
    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "et", "est", "une", "du", "dans", "pour",
            "que", "qui", "sur", "par", "au", "aux", "avec", "ces", "sont", "pas");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "in", "that", "for", "with", "are",
            "on", "as", "by", "this", "be", "from", "it", "was", "which", "an");
    private static final int SAMPLE = 20_000;

    private Guesses() {
    }

    /** @return the DOI in {@code value}, lower case, without trailing punctuation */
    static Optional<String> doi(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = DOI.matcher(value.length() > SAMPLE ? value.substring(0, SAMPLE) : value);
        if (!m.find()) {
            return Optional.empty();
        }
        String doi = m.group(1).replaceAll("[.,;:)\\]}'’]+$", "");
        return Optional.of(doi.toLowerCase(Locale.ROOT));
    }

    /**
     * The language by counting very common words (French, English) or Arabic letters in the
     * first 20,000 characters; {@code und} when no language clearly wins.
     */
    static String language(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int arabic = 0;
        int letters = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                    arabic++;
                }
            }
        }
        if (letters > 0 && arabic * 10 >= letters * 3) {
            return "ar";
        }
        int french = 0;
        int english = 0;
        for (String word : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (FRENCH.contains(word)) {
                french++;
            } else if (ENGLISH.contains(word)) {
                english++;
            }
        }
        // three common words are enough for a title and an abstract; a clear majority is required
        if (french >= 3 && french * 2 > english * 3) {
            return "fr";
        }
        if (english >= 3 && english * 2 > french * 3) {
            return "en";
        }
        return "und";
    }

    /** @return {@code fr}, {@code en} or {@code ar} from a metadata value such as {@code fr-FR} */
    static Optional<String> languageCode(String value) {
        String code = value.toLowerCase(Locale.ROOT);
        for (String known : new String[] { "fr", "en", "ar" }) {
            if (code.equals(known) || code.startsWith(known + "-") || code.startsWith(known + "_")) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }

    /** The first non-blank line of the text, cut at 200 characters on a word boundary. */
    static Optional<String> title(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, Math.min(end, start + 2_000)).strip().replaceAll("\\s+", " ");
            if (line.codePoints().filter(Character::isLetter).count() >= 3) {
                if (line.length() > 200) {
                    int cut = line.lastIndexOf(' ', 200);
                    line = line.substring(0, cut > 50 ? cut : 200) + "…";
                }
                return Optional.of(line);
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /** A metadata title worth keeping: not a word processor's placeholder. */
    static boolean usefulTitle(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        return t.codePoints().filter(Character::isLetter).count() >= 3 && !t.startsWith("microsoft word")
                && !t.equals("untitled") && !t.startsWith("document") && !t.endsWith(".doc") && !t.endsWith(".docx")
                && !t.endsWith(".pdf");
    }

    /** The first plausible year (1900 to next year) in {@code value}. */
    static OptionalInt year(String value, int limit) {
        Matcher m = YEAR.matcher(value.length() > limit ? value.substring(0, limit) : value);
        int latest = java.time.Year.now().getValue() + 1;
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year >= 1900 && year <= latest) {
                return OptionalInt.of(year);
            }
        }
        return OptionalInt.empty();
    }

    /** The file name without extension, its separators turned into spaces. */
    static String fileWords(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        return base.replaceAll("[-_.]+", " ").strip();
    }

    /** Lower case, accents folded, punctuation and repeated spaces removed: titles compared for duplicates. */
    static String titleKey(String title) {
        return Analyzers.normalise(title).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Similarity from 0 to 1 of two title keys (1 - edit distance / longer length). */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int longer = Math.max(a.length(), b.length());
        if (Math.abs(a.length() - b.length()) * 10 > longer) {
            return 0;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1 - (double) previous[b.length()] / longer;
    }

    /** A short document type from a media type. */
    static String documentType(String contentType) {
        return switch (contentType) {
            case "application/pdf" -> "pdf";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "docx";
            case "application/msword" -> "doc";
            case "application/vnd.oasis.opendocument.text" -> "odt";
            case "text/html", "application/xhtml+xml" -> "html";
            case "application/epub+zip" -> "epub";
            case "text/plain" -> "text";
            case "application/rtf" -> "rtf";
            default -> contentType.substring(contentType.indexOf('/') + 1);
        };
    }
}
