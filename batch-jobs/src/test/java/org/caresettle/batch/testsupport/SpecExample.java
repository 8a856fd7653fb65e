package org.caresettle.batch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * SPEC 12's worked example: the reference folder of {@code sample-data/spec-example} and its
 * declarations, put into the database as ingest would leave them (R2026030002 on allocation 9999
 * rejected with 9338, the rest accepted).
 */
public final class SpecExample {

    public static final Path REFERENCE = Path.of("../sample-data/spec-example/reference");
    /** Every BSN the example uses: none may appear in a statement. */
    public static final List<String> BSNS = List.of("999900018", "999900031", "999900043", "999900055");

    private SpecExample() {
    }

    /** {@code data/reference/} copied from the example, and an empty {@code data/inbox/}. */
    public static Path dataFolder(Path data) {
        try {
            Path reference = Files.createDirectories(data.resolve("reference"));
            try (Stream<Path> files = Files.list(REFERENCE)) {
                for (Path file : files.toList()) {
                    Files.copy(file, reference.resolve(file.getFileName()));
                }
            }
            Files.createDirectories(data.resolve("inbox"));
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example's declarations of February and March 2026. */
    public static void insertDeclarations(DeclarationFixture fixture) {
        long february = fixture.inboxFile("2026-03-03_12345678_1.csv");
        var feb0388 = fixture.declaration(february, "EX-FEB-0388", "12345678", "0388", "JW", "2026-02");
        fixture.debit(feb0388, "R2026020001", "2001", "999900031", "43", "43A01", "2026-02-15", "2026-02-28", 1, "82",
                450000, "");
        long march = fixture.inboxFile("2026-04-03_12345678_1.csv");
        var mar0405 = fixture.declaration(march, "EX-MAR-0405", "12345678", "0405", "JW", "2026-03");
        fixture.debit(mar0405, "R2026030001", "1001", "999900018", "45", "45A01", "2026-03-01", "2026-03-31", 8, "04",
                8550, "");
        fixture.debit(mar0405, "R2026030002", "9999", "999900055", "45", "45A01", "2026-03-01", "2026-03-31", 2, "04",
                8550, "9338");
        var mar0388 = fixture.declaration(march, "EX-MAR-0388", "12345678", "0388", "JW", "2026-03");
        fixture.debit(mar0388, "R2026030003", "2001", "999900031", "43", "43A01", "2026-03-01", "2026-03-31", 1, "82",
                450000, "");
        long wmo = fixture.inboxFile("2026-04-06_87654321_1.csv");
        var mar0532 = fixture.declaration(wmo, "EX-MAR-0532", "87654321", "0532", "WMO", "2026-03");
        fixture.debit(mar0532, "W2026030001", "3001", "999900043", "02", "02A01", "2026-03-01", "2026-03-31", 30, "04",
                6200, "");
    }
}
