package org.caresettle.core.arch.bad;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** Deliberately impure: a core class reading a file and a database. Only CoreIsPureTest reads it. */
public final class FileReadingRule {

    private FileReadingRule() {
    }

    public static String key(Path path, Connection connection) throws IOException, SQLException {
        return Files.readString(path) + connection.getCatalog();
    }
}
