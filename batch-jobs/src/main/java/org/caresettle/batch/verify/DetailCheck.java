package org.caresettle.batch.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.caresettle.batch.statement.DetailCsv;
import org.caresettle.batch.statement.ManifestEntry;
import org.caresettle.batch.statement.RowValues;
import org.caresettle.batch.statement.StatementCheckException;
import org.caresettle.batch.statement.StatementCsvReader;
import org.caresettle.batch.statement.VersionFolders;
import org.caresettle.core.settlement.LineType;
import org.caresettle.core.settlement.StatementLine;

/**
 * Each invoice's detail file adds up to its DIRECT lines: as many rows as their line_count, Σ
 * withheld_cents and Σ cost_cents equal to theirs, and every row's amount = withheld + cost. The
 * rows stream; a detail file can be long.
 */
final class DetailCheck {

    private DetailCheck() {
    }

    static void check(Path folder, StatementSet statements, Map<String, ManifestEntry> counted) {
        for (ParsedStatement invoice : statements.invoiceFiles()) {
            Path file = folder.resolve(DetailCsv.fileName(invoice.owner()));
            String name = StatementCsvReader.displayName(file);
            if (!Files.isRegularFile(file)) {
                throw new StatementCheckException(name, 0, "missing: every invoice has its detail file");
            }
            long[] sums = new long[3]; // rows, withheld, cost
            StatementCsvReader.forEach(file, DetailCsv.COLUMNS, row -> {
                RowValues values = new RowValues(row, DetailCsv.COLUMNS);
                values.expect("municipality_code", invoice.owner());
                values.expect("period", statements.period().toString());
                values.expect("version", Integer.toString(statements.version()));
                long amount = values.cents("amount_cents");
                long withheld = values.cents("withheld_cents");
                long cost = values.cents("cost_cents");
                if (amount != withheld + cost) {
                    throw row.error("amount_cents " + amount + " is not withheld_cents + cost_cents = " + (withheld + cost));
                }
                sums[0]++;
                sums[1] = Math.addExact(sums[1], withheld);
                sums[2] = Math.addExact(sums[2], cost);
            });
            long lines = 0;
            long withheld = 0;
            long amount = 0;
            for (StatementLine line : invoice.lines()) {
                if (line.type() == LineType.DIRECT) {
                    lines += line.lineCount();
                    withheld = Math.addExact(withheld, line.withheldCents());
                    amount = Math.addExact(amount, line.amountCents());
                }
            }
            if (sums[0] != lines || sums[1] != withheld || sums[2] != amount) {
                throw new StatementCheckException(name, 0, sums[0] + " rows, withheld " + sums[1] + ", cost " + sums[2]
                        + "; the DIRECT lines of " + invoice.file() + " say " + lines + ", " + withheld + ", " + amount);
            }
            counted.put(file.getFileName().toString(),
                    new ManifestEntry(file.getFileName().toString(), sums[0], sums[2], null));
        }
        for (Path file : VersionFolders.files(folder)) {
            String owner = DetailCsv.ownerOf(file.getFileName().toString());
            if (owner != null && statements.invoiceFiles().stream().noneMatch(i -> i.owner().equals(owner))) {
                throw new StatementCheckException(StatementCsvReader.displayName(file), 0, "has no invoice");
            }
        }
    }
}
