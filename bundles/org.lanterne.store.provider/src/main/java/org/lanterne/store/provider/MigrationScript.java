package org.lanterne.store.provider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned SQL script of a persistence unit, named {@code V<n>__<description>.sql} or
 * {@code V<n>__<description>.<engine>.sql} when it is written for one database engine only.
 *
 * @param version     its position in the unit's history, from 1
 * @param description what it does, from its file name
 * @param engine      the engine it is written for, or empty when it runs on every engine
 * @param sql         its statements, each ending with a semicolon at the end of a line
 */
record MigrationScript(int version, String description, Optional<String> engine, String sql) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)(?:\\.(derby|postgresql))?\\.sql");

    /** @return the script for a file name, or empty when the name does not follow the convention */
    static Optional<MigrationScript> parse(String fileName, String sql) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new MigrationScript(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '),
                Optional.ofNullable(m.group(3)), sql));
    }

    /** @return the SHA-256 of the script's text, which must never change once it has run */
    String checksum() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** @return the statements, without comment lines and without their closing semicolons */
    java.util.List<String> statements() {
        java.util.List<String> statements = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.isEmpty()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
