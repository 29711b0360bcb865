package org.lanterne.literature.provider;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Where snippets may start and end: after a line break, after the whitespace that follows a
 * sentence's final punctuation, and at the first whitespace of every block of {@value #BLOCK}
 * characters, so that no passage grows much longer than that. Every boundary is found by looking
 * at a few characters around it, unlike the JDK's sentence iterator, whose {@code preceding}
 * rescans long stretches of text: on a document of several megabytes with hundreds of hits, that
 * made highlighting the slowest part of a search.
 */
final class PassageBreaks extends BreakIterator {

    static final int BLOCK = 240;

    private CharSequence text = "";
    private CharacterIterator iterator = new StringCharacterIterator("");
    private int current;

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            copy.append(c);
        }
        setText(copy.toString());
    }

    @Override
    public void setText(String newText) {
        text = newText;
        iterator = new StringCharacterIterator(newText);
        current = 0;
    }

    @Override
    public CharacterIterator getText() {
        return iterator;
    }

    @Override
    public int first() {
        return current = 0;
    }

    @Override
    public int last() {
        return current = text.length();
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public int next() {
        if (current >= text.length()) {
            return DONE;
        }
        return following(current);
    }

    @Override
    public int previous() {
        if (current <= 0) {
            return DONE;
        }
        return preceding(current);
    }

    @Override
    public int next(int n) {
        int result = current;
        for (int i = 0; i < n && result != DONE; i++) {
            result = next();
        }
        for (int i = 0; i > n && result != DONE; i--) {
            result = previous();
        }
        return result;
    }

    @Override
    public int following(int offset) {
        if (offset >= text.length()) {
            return DONE;
        }
        int i = offset + 1;
        while (i < text.length() && !boundary(i)) {
            i++;
        }
        return current = Math.min(i, text.length());
    }

    @Override
    public int preceding(int offset) {
        if (offset <= 0) {
            return DONE;
        }
        int i = offset - 1;
        while (i > 0 && !boundary(i)) {
            i--;
        }
        return current = Math.max(i, 0);
    }

    /** A boundary lies between {@code text[i - 1]} and {@code text[i]}. */
    private boolean boundary(int i) {
        char before = text.charAt(i - 1);
        if (!Character.isWhitespace(before)) {
            return false;
        }
        if (before == '\n' || i >= 2 && ".!?؟…:;".indexOf(text.charAt(i - 2)) >= 0) {
            return true;
        }
        return firstWhitespaceOfItsBlock(i - 1);
    }

    private boolean firstWhitespaceOfItsBlock(int at) {
        for (int j = at - at % BLOCK; j < at; j++) {
            if (Character.isWhitespace(text.charAt(j))) {
                return false;
            }
        }
        return true;
    }
}
