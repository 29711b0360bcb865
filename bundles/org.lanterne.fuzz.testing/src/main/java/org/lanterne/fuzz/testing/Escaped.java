package org.lanterne.fuzz.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Inputs written as Java literals, so that a failing one can be read in a report and pasted into a test. */
public final class Escaped {

    private Escaped() {
    }

    /** @return {@code text} as a Java string literal, every character outside printable ASCII as a {@code \\u} escape */
    public static String text(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (c >= ' ' && c <= '~') {
                    out.append(c);
                } else {
                    out.append(String.format("\\u%04X", (int) c));
                }
            }
            }
        }
        return out.append('"').toString();
    }

    /**
     * @return {@code bytes} as a string literal of their UTF-8 text when they are valid UTF-8, else
     *         as a byte array literal
     */
    public static String bytes(byte[] bytes) {
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        if (Arrays.equals(decoded.getBytes(StandardCharsets.UTF_8), bytes)) {
            return text(decoded) + ".getBytes(UTF_8)";
        }
        StringBuilder out = new StringBuilder("new byte[] {");
        for (int i = 0; i < bytes.length; i++) {
            out.append(i == 0 ? " " : ", ").append(bytes[i]);
        }
        return out.append(" }").toString();
    }
}
