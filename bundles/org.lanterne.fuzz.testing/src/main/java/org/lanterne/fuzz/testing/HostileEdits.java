package org.lanterne.fuzz.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

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
    public static final String SEED = "20261123";

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

    private HostileEdits() {
    }

    /** One edit; its position is a fraction of the text's length, so that it fits any text. */
    private record Edit(int kind, double where, String fragment) {

        String applyTo(String text) {
            int at = (int) (where * text.length());
            StringBuilder out = new StringBuilder(text);
            switch (kind) {
            case 0 -> out.insert(at, fragment);
            case 1 -> out.delete(at, Math.min(text.length(), at + fragment.length()));
            default -> out.replace(at, Math.min(text.length(), at + 1), fragment);
            }
            return out.toString();
        }
    }

    private static Arbitrary<Edit> edits() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.doubles().between(0, 1),
                Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.strings().ofMaxLength(4))).as(Edit::new);
    }

    /** @return {@code valid} after one to {@code maxEdits} hostile edits */
    public static Arbitrary<String> of(String valid, int maxEdits) {
        return edits().list().ofMinSize(1).ofMaxSize(maxEdits).map(list -> {
            String text = valid;
            for (Edit edit : list) {
                text = edit.applyTo(text);
            }
            return text;
        });
    }

    /** @return the UTF-8 bytes of {@link #of}, where one time in four a sequence that is not UTF-8 is spliced in */
    public static Arbitrary<byte[]> bytesOf(String valid, int maxEdits) {
        Arbitrary<byte[]> invalid = Arbitraries.of(INVALID_UTF8);
        return Combinators.combine(of(valid, maxEdits), Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 3), invalid)
                .as((text, where, splice, bad) -> {
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    return splice == 0 ? splice(bytes, (int) (where * bytes.length), bad) : bytes;
                });
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
