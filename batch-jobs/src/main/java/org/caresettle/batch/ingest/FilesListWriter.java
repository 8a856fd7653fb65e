package org.caresettle.batch.ingest;

import static org.caresettle.schema.jooq.Tables.DECLARATION;
import static org.caresettle.schema.jooq.Tables.DECLARATION_LINE;
import static org.caresettle.schema.jooq.Tables.INBOX_FILE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.when;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.caresettle.batch.csv.CsvCells;
import org.caresettle.batch.files.AtomicFiles;
import org.caresettle.core.check.Verdict;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Writes {@code OUT/files.csv}: every inbox file ever seen, in processing order, with its
 * outcome, the reason when it was not ingested, and what it held. No timestamps, so the file
 * only changes when the registry does.
 */
@Component
class FilesListWriter {

    static final List<String> COLUMNS = List.of("file_name", "size_bytes", "sha256", "outcome", "reason",
            "duplicate_of", "declarations", "lines_accepted", "lines_rejected");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(COLUMNS.toArray(String[]::new))
            .setRecordSeparator('\n')
            .get();

    private final DSLContext dsl;

    FilesListWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    Path write(Path out) throws IOException {
        var original = INBOX_FILE.as("original");
        var rows = dsl.select(INBOX_FILE.FILE_NAME, INBOX_FILE.SIZE_BYTES, INBOX_FILE.SHA256, INBOX_FILE.OUTCOME,
                        INBOX_FILE.REASON, original.FILE_NAME, countDistinct(DECLARATION.DECLARATION_ID),
                        count(when(DECLARATION_LINE.VERDICT.eq(Verdict.ACCEPTED), 1)),
                        count(when(DECLARATION_LINE.VERDICT.eq(Verdict.REJECTED), 1)))
                .from(INBOX_FILE)
                .leftJoin(original).on(original.FILE_ID.eq(INBOX_FILE.DUPLICATE_OF_FILE_ID))
                .leftJoin(DECLARATION).on(DECLARATION.FILE_ID.eq(INBOX_FILE.FILE_ID))
                .leftJoin(DECLARATION_LINE).on(DECLARATION_LINE.DECLARATION_ID.eq(DECLARATION.DECLARATION_ID))
                .groupBy(INBOX_FILE.FILE_ID, INBOX_FILE.PROCESSING_ORDER, INBOX_FILE.FILE_NAME, INBOX_FILE.SIZE_BYTES, INBOX_FILE.SHA256,
                        INBOX_FILE.OUTCOME, INBOX_FILE.REASON, original.FILE_NAME)
                .orderBy(INBOX_FILE.PROCESSING_ORDER)
                .fetch();
        Path target = out.resolve("files.csv");
        AtomicFiles.write(target, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
                for (var row : rows) {
                    printer.printRecord(CsvCells.guard(row.value1()), row.value2(), row.value3(), row.value4(),
                            CsvCells.guard(row.value5()), CsvCells.guard(row.value6()), row.value7(), row.value8(),
                            row.value9());
                }
            }
        });
        return target;
    }
}
