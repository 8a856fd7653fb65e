package org.caresettle.batch.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.caresettle.batch.statement.StatementCheckException;
import org.caresettle.batch.statement.StatementCsvReader;
import org.caresettle.batch.statement.StatementKind;
import org.caresettle.batch.statement.VersionFolders;
import org.caresettle.core.settlement.Invoice;
import org.caresettle.core.settlement.LineType;
import org.caresettle.core.settlement.PaymentStatement;
import org.caresettle.core.settlement.StatementLine;
import org.caresettle.core.settlement.StatementLineKey;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;

/**
 * The invoices and payment statements of one version folder, read back into the core's records.
 * Each file must be in the order SPEC 9 prescribes (a misplaced line is named). The invoices carry
 * no region (the CSV has none), so the core balances their adjustments together.
 */
record StatementSet(Path folder, Period period, int version, List<ParsedStatement> invoiceFiles,
        List<ParsedStatement> paymentFiles) {

    static StatementSet read(Path folder, Period period, int version) {
        List<ParsedStatement> invoices = new ArrayList<>();
        List<ParsedStatement> payments = new ArrayList<>();
        for (Path file : VersionFolders.files(folder)) {
            String name = file.getFileName().toString();
            if (StatementKind.INVOICE.ownerOf(name) != null) {
                invoices.add(parse(file, StatementKind.INVOICE, StatementKind.INVOICE.ownerOf(name), period, version,
                        StatementLineKey.INVOICE_ORDER));
            } else if (StatementKind.PAYMENT.ownerOf(name) != null) {
                payments.add(parse(file, StatementKind.PAYMENT, StatementKind.PAYMENT.ownerOf(name), period, version,
                        StatementLineKey.PAYMENT_ORDER));
            }
        }
        return new StatementSet(folder, period, version, invoices, payments);
    }

    List<Invoice> invoices() {
        return invoiceFiles.stream().map(f -> new Invoice(MunicipalityCode.of(f.owner()), null, period, version,
                f.lines())).toList();
    }

    List<PaymentStatement> payments() {
        return paymentFiles.stream().map(f -> new PaymentStatement(AgbCode.of(f.owner()), period, version, f.lines()))
                .toList();
    }

    List<StatementLine> invoiceLines() {
        return invoiceFiles.stream().flatMap(f -> f.lines().stream()).toList();
    }

    private static ParsedStatement parse(Path file, StatementKind kind, String owner, Period period, int version,
            Comparator<StatementLineKey> order) {
        List<StatementLine> lines = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        StatementCsvReader.forEach(file, kind.columns(), row -> {
            StatementLine line = kind.parse(row, owner, period, version);
            if (!lines.isEmpty() && line.type() != LineType.TOTAL
                    && order.compare(lines.get(lines.size() - 1).key(), line.key()) >= 0) {
                throw row.error(line.type() + " line out of order (SPEC 9: by type, then "
                        + (kind == StatementKind.INVOICE ? "provider" : "municipality") + ", law, category, code)");
            }
            lines.add(line);
            numbers.add(row.line());
        });
        if (lines.isEmpty()) {
            throw new StatementCheckException(StatementCsvReader.displayName(file), 1, "no lines, not even a TOTAL");
        }
        return new ParsedStatement(StatementCsvReader.displayName(file), owner, lines, numbers);
    }
}
