package org.lanterne.identity.provider;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.lanterne.identity.api.PasswordRejectedException;
import org.lanterne.identity.api.PasswordRule;

/**
 * The minimum rules for new passwords (see {@link PasswordRule} and docs/security.md). Works on
 * the array itself: the password never becomes a {@code String}.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 256;
    static final int MIN_DISTINCT = 5;

    private final List<char[]> common;

    PasswordRules(List<String> commonPasswords) {
        this.common = commonPasswords.stream().map(String::toCharArray).toList();
    }

    /** @return the rules with the bundled list of common passwords */
    static PasswordRules bundled() {
        return new PasswordRules(readList("common-passwords.txt"));
    }

    /**
     * @param name     the account's name, lower case
     * @param password the candidate password
     * @throws PasswordRejectedException naming the first rule broken
     */
    void check(String name, char[] password) {
        int length = Character.codePointCount(password, 0, password.length);
        if (length < MIN_LENGTH) {
            throw new PasswordRejectedException(PasswordRule.MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new PasswordRejectedException(PasswordRule.MAX_LENGTH);
        }
        if (containsIgnoringCase(password, name.toCharArray())) {
            throw new PasswordRejectedException(PasswordRule.NOT_NAME);
        }
        for (char[] candidate : common) {
            if (candidate.length == password.length && containsIgnoringCase(password, candidate)) {
                throw new PasswordRejectedException(PasswordRule.NOT_COMMON);
            }
        }
        Set<Integer> distinct = new HashSet<>();
        for (int i = 0; i < password.length && distinct.size() < MIN_DISTINCT; i += Character.charCount(Character.codePointAt(password, i))) {
            distinct.add(Character.toLowerCase(Character.codePointAt(password, i)));
        }
        if (distinct.size() < MIN_DISTINCT) {
            throw new PasswordRejectedException(PasswordRule.NOT_REPETITIVE);
        }
    }

    private static boolean containsIgnoringCase(char[] text, char[] part) {
        if (part.length == 0) {
            return false;
        }
        for (int start = 0; start + part.length <= text.length; start++) {
            int i = 0;
            while (i < part.length && Character.toLowerCase(text[start + i]) == Character.toLowerCase(part[i])) {
                i++;
            }
            if (i == part.length) {
                return true;
            }
        }
        return false;
    }

    private static List<String> readList(String resource) {
        try (InputStream in = PasswordRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The bundle lacks its resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lines.add(entry);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
