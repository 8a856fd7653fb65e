package org.caresettle.batch.statement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import org.caresettle.batch.csv.Sha256;

/**
 * What a version's statements say apart from the version number: one SHA-256 over its invoices,
 * payments and details, each file by name and row by row without the {@code version} column.
 * Corrections and the manifest are left out (they follow from the rest and from the version
 * before). Equal for two versions means the later one would tell nobody anything new (SPEC 10).
 */
public final class StatementContent {

    private static final String VERSION_COLUMN = "version";

    private StatementContent() {
    }

    public static String sha256(Path versionFolder) {
        MessageDigest digest = Sha256.newDigest();
        for (Path file : VersionFolders.files(versionFolder)) {
            String name = file.getFileName().toString();
            List<String> columns = columnsOf(name);
            if (columns == null) {
                continue;
            }
            int version = columns.indexOf(VERSION_COLUMN);
            update(digest, "file " + name + "\n");
            StatementCsvReader.forEach(file, columns, row -> {
                for (int i = 0; i < row.cells().size(); i++) {
                    if (i != version) {
                        update(digest, row.get(i) + "\u001f");
                    }
                }
                update(digest, "\n");
            });
        }
        return Sha256.hex(digest.digest());
    }

    /** The columns of an invoice, payment or detail file; {@code null} for the other files of a version. */
    private static List<String> columnsOf(String fileName) {
        if (StatementKind.INVOICE.ownerOf(fileName) != null) {
            return StatementKind.INVOICE.columns();
        }
        if (StatementKind.PAYMENT.ownerOf(fileName) != null) {
            return StatementKind.PAYMENT.columns();
        }
        return DetailCsv.ownerOf(fileName) != null ? DetailCsv.COLUMNS : null;
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }
}
