package org.caresettle.batch.inbox.csv;

import java.io.IOException;
import java.nio.file.Path;

/** Opens a CSV declaration file with given limits; tests use small limits to reach the edges quickly. */
final class CsvDeclarationFiles {

    private CsvDeclarationFiles() {
    }

    static CsvDeclarationFile open(Path file, CsvLimits limits) throws IOException {
        try (CsvRowReader reader = CsvRowReader.open(file, limits.maxLineChars())) {
            return new CsvDeclarationFile.Readable(file, MessageIndex.scan(reader), limits);
        } catch (CsvRefusal refusal) {
            return new CsvDeclarationFile.Refused(refusal.reason());
        }
    }
}
