package org.caresettle.batch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.caresettle.batch.inbox.csv.CsvDeclarationFile;
import org.caresettle.batch.inbox.csv.DeclarationCursor;
import org.caresettle.batch.message.xml.DeclarationXmlReader;
import org.caresettle.batch.message.xml.ReadResult;
import org.caresettle.core.declaration.DeclarationColumn;
import org.caresettle.core.declaration.RawDeclaration;
import org.caresettle.core.declaration.RawLine;

/**
 * Benchmark helper, not a command: turns every declared line of an inbox into one CSV row of the
 * 24 {@link DeclarationColumn} fields, so that {@code bench/run.sh} can time PostgreSQL's own
 * {@code COPY} of the same lines as plain rows (the bulk-load floor of issue 6). The conversion
 * itself is not timed. Run through Spring Boot's launcher:
 * {@code java -cp settlement.jar -Dloader.main=org.caresettle.batch.bench.FloorRows
 * org.springframework.boot.loader.launch.PropertiesLauncher INBOX OUT.csv}.
 */
public final class FloorRows {

    private FloorRows() {
    }

    public static void main(String[] args) throws IOException {
        Path inbox = Path.of(args[0]);
        long[] rows = {0};
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8);
                Stream<Path> files = Files.list(inbox)) {
            for (Path file : files.sorted().toList()) {
                forEachDeclaration(file, declaration -> {
                    for (RawLine line : declaration.lines()) {
                        write(out, declaration, line);
                        rows[0]++;
                    }
                });
            }
        }
        System.out.println(rows[0]);
    }

    /** What happens to each declaration; may fail while writing. */
    private interface DeclarationAction {
        void accept(RawDeclaration declaration) throws IOException;
    }

    private static void forEachDeclaration(Path file, DeclarationAction action) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".xml")) {
            ReadResult read;
            try (InputStream in = Files.newInputStream(file)) {
                read = new DeclarationXmlReader().read(in);
            }
            if (read instanceof ReadResult.Declaration d) {
                action.accept(d.declaration());
            }
        } else if (name.endsWith(".csv") && CsvDeclarationFile.open(file) instanceof CsvDeclarationFile.Readable csv) {
            try (DeclarationCursor declarations = csv.declarations()) {
                while (declarations.hasNext()) {
                    action.accept(declarations.next());
                }
            }
        }
    }

    private static void write(Writer out, RawDeclaration declaration, RawLine line) throws IOException {
        StringBuilder row = new StringBuilder(256);
        for (DeclarationColumn column : DeclarationColumn.values()) {
            if (row.length() > 0) {
                row.append(',');
            }
            String value = column.isHeader() ? declaration.get(column) : line.get(column);
            row.append(quoted(value));
        }
        out.write(row.append('\n').toString());
    }

    /** Every value quoted (an empty one included), so COPY ... CSV reads it back as text. */
    private static String quoted(String value) {
        return value == null ? "" : '"' + value.replace("\"", "\"\"") + '"';
    }
}
