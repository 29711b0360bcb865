package org.lanterne.fuzz.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Inputs made by editing a valid one: a few insertions, deletions and replacements of the
 * fragments that break parsers (brackets, quotes, escapes, NUL, lone surrogates, right-to-left
 * overrides, huge numbers, SQL and path fragments), plus bytes that are not UTF-8. Starting from
 * a valid input keeps most cases deep inside the parser rather than at its first character.
 */
public final class HostileEdits {

    /**
     * The seed of every fuzzed property: each build tries the same inputs, so that a failure
     * repeats; more tries ({@code -Preliability}) go on from the same start to new inputs.
     */
    public static final long SEED = 20261123L;

    /** Fragments that parsers of JSON, BibTeX, RIS and query languages treat specially. */
    public static final List<String> FRAGMENTS = List.of("{", "}", "[", "]", "(", ")", ",", ":", "\"", "'", "\\", "\\u0000",
            "\u0000", "\n", "\r\n", "\t", "\uD800", "\uDFFF", "\u202E", "\uFEFF", "\uD835\uDD4F", "ﷺ", "null", "true", "-", "1e999",
            "-0", "9999999999999999999999", "NaN", "@", "%", "#", "=", "TY  - ", "ER  - ", "  - ", "@article{", "\\\"{",
            "*", "?", "~", "^", "~2", "^999", "AND", "OR NOT", "\" OR 1=1 --", "'; DROP TABLE notes; --", "../../etc/passwd",
            "<script>", "&#0;", "a".repeat(300));

    /** Byte sequences that no UTF-8 decoder accepts. */
    private static final List<byte[]> INVALID_UTF8 = List.of(new byte[] { (byte) 0xFF }, new byte[] { (byte) 0xC3, 0x28 },
            new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, new byte[] { (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80 },
            new byte[] { (byte) 0xE2, (byte) 0x82 });

    /** Single characters that parsers treat specially, for {@link #anyText}. */
    private static final String SPECIAL_CHARACTERS = "\u0000\n\r\t\"'\\{}[]()\u202E\uFEFF";

    private HostileEdits() {
    }

    /** @return {@code valid} after one to {@code maxEdits} hostile edits */
    public static String of(String valid, int maxEdits, Random random) {
        StringBuilder text = new StringBuilder(valid);
        int edits = 1 + random.nextInt(maxEdits);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(text.length() + 1);
            String fragment = random.nextBoolean() ? pick(FRAGMENTS, random) : anyText(4, random);
            switch (random.nextInt(3)) {
            case 0 -> text.insert(at, fragment);
            case 1 -> text.delete(at, Math.min(text.length(), at + fragment.length()));
            default -> text.replace(at, Math.min(text.length(), at + 1), fragment);
            }
        }
        return text.toString();
    }

    /** @return the UTF-8 bytes of {@link #of}, where one time in four a sequence that is not UTF-8 is spliced in */
    public static byte[] bytesOf(String valid, int maxEdits, Random random) {
        byte[] bytes = of(valid, maxEdits, random).getBytes(StandardCharsets.UTF_8);
        return random.nextInt(4) == 0 ? splice(bytes, random.nextInt(bytes.length + 1), pick(INVALID_UTF8, random)) : bytes;
    }

    /**
     * @return up to {@code maxLength} characters of any kind: printable ASCII, any UTF-16 unit
     *         (lone surrogates and controls included) and the characters parsers treat specially
     */
    public static String anyText(int maxLength, Random random) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(switch (random.nextInt(4)) {
            case 0, 1 -> (char) (' ' + random.nextInt('~' - ' ' + 1));
            case 2 -> (char) random.nextInt(Character.MAX_VALUE + 1);
            default -> SPECIAL_CHARACTERS.charAt(random.nextInt(SPECIAL_CHARACTERS.length()));
            });
        }
        return text.toString();
    }

    /** @return one element of {@code choices}, chosen by {@code random} */
    public static <T> T pick(List<T> choices, Random random) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static byte[] splice(byte[] bytes, int at, byte[] inserted) {
        byte[] out = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
        return out;
    }

    /** @return {@code depth} opening brackets (arrays and objects mixed) with nothing closed, or closed when {@code closed} */
    public static String nested(int depth, boolean closed) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            boolean array = i % 3 == 0;
            open.append(array ? "[" : "{\"k\":");
            close.insert(0, array ? "]" : "}");
        }
        return open.append("1").append(closed ? close : "").toString();
    }
}
