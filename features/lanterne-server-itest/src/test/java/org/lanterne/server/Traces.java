package org.lanterne.server;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks for secrets where they must not be: in every file under some folders, byte for byte in
 * UTF-8 and in both UTF-16 orders, and in every row of every table a database connection can see.
 */
final class Traces {

    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

    /** The texts looked for, each under a name that says what it is. */
    private final Map<String, String> needles;

    Traces(Map<String, String> needles) {
        this.needles = new LinkedHashMap<>(needles);
    }

    /** A folder's content, or a database's rows, as one searchable text per place. */
    record Haystack(String place, String text) {
    }

    /** @return where each needle was found, as "name in place"; empty when nothing was */
    List<String> findIn(List<Haystack> haystacks) {
        List<String> found = new ArrayList<>();
        for (Haystack haystack : haystacks) {
            needles.forEach((name, needle) -> {
                for (Charset encoding : ENCODINGS) {
                    // ISO-8859-1 maps each byte to one char, so a byte sequence is found as a substring
                    if (haystack.text().contains(new String(needle.getBytes(encoding), StandardCharsets.ISO_8859_1))) {
                        found.add(name + " in " + haystack.place() + " (" + encoding + ")");
                        return;
                    }
                }
            });
        }
        return found;
    }

    /**
     * @return every regular file under the folders, its bytes as ISO-8859-1 text; a file that a
     *         running server removes between listing and reading is left out
     */
    static List<Haystack> files(Path... folders) throws IOException {
        List<Haystack> files = new ArrayList<>();
        for (Path folder : folders) {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    try {
                        files.add(new Haystack(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)));
                    } catch (NoSuchFileException gone) {
                        // removed since it was listed
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }
            });
        }
        return files;
    }

    /** @return every row of every table outside the system schemas, one haystack per table, values as UTF-8 bytes */
    static List<Haystack> rows(Connection connection) throws SQLException {
        List<Haystack> tables = new ArrayList<>();
        DatabaseMetaData metadata = connection.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet listed = metadata.getTables(null, null, "%", new String[] { "TABLE" })) {
            while (listed.next()) {
                String schema = listed.getString("TABLE_SCHEM");
                if (!schema.startsWith("SYS") && !schema.equals("pg_catalog") && !schema.equals("information_schema")) {
                    names.add("\"" + schema + "\".\"" + listed.getString("TABLE_NAME") + "\"");
                }
            }
        }
        for (String table : names) {
            tables.add(new Haystack(table, dump(connection, table)));
        }
        return tables;
    }

    /** @return the rows of the table, each value on its own line: binary values as their bytes, others as text */
    private static String dump(Connection connection, String table) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int c = 1; c <= columns; c++) {
                    int type = rows.getMetaData().getColumnType(c);
                    boolean binary = type == Types.BLOB || type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY;
                    byte[] bytes = binary ? rows.getBytes(c) : bytesOf(rows.getString(c));
                    text.append(bytes == null ? "" : new String(bytes, StandardCharsets.ISO_8859_1)).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static byte[] bytesOf(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }
}
