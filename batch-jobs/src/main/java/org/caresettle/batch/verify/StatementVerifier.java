package org.caresettle.batch.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.batch.statement.CorrectionCsv;
import org.caresettle.batch.statement.DetailCsv;
import org.caresettle.batch.statement.Manifest;
import org.caresettle.batch.statement.ManifestEntry;
import org.caresettle.batch.statement.ManifestHashes;
import org.caresettle.batch.statement.StatementCheckException;
import org.caresettle.batch.statement.StatementCsvReader;
import org.caresettle.batch.statement.VersionFolders;
import org.caresettle.core.settlement.Correction;
import org.caresettle.core.settlement.Corrections;
import org.caresettle.core.settlement.Invoice;
import org.caresettle.core.settlement.LineType;
import org.caresettle.core.settlement.PaymentStatement;
import org.caresettle.core.settlement.SettlementInvariantException;
import org.caresettle.core.settlement.SettlementInvariants;
import org.caresettle.core.settlement.StatementLine;
import org.caresettle.core.settlement.StatementLineKey;
import org.caresettle.core.value.Period;

/**
 * Re-adds one version of a period's statements from its files, in an order that names the most
 * precise place first: each row as it is read (format, period, version, amount_eur), each file's
 * TOTAL, each payment line against the invoice line it must equal, the invariants of the whole
 * version (the core's {@link SettlementInvariants}), the detail files against the DIRECT lines, the
 * corrections against the previous version, and last the manifest's rows, totals and hashes (which
 * catch any edit the sums cannot see). The first failure stops it.
 */
final class StatementVerifier {

    private final VersionFolders folders;
    private final Period period;
    private final int version;
    private final Path folder;
    /** Rows and total of every file checked so far, for the manifest. */
    private final Map<String, ManifestEntry> counted = new HashMap<>();

    StatementVerifier(VersionFolders folders, Period period, int version) {
        this.folders = folders;
        this.period = period;
        this.version = version;
        this.folder = folders.published(version);
    }

    VerifiedVersion verify() {
        if (!Files.isRegularFile(folder.resolve(Manifest.FILE))) {
            throw new StatementCheckException(StatementCsvReader.displayName(folder.resolve(Manifest.FILE)), 0, "missing");
        }
        StatementSet statements = StatementSet.read(folder, period, version);
        statements.invoiceFiles().forEach(this::checkTotal);
        statements.paymentFiles().forEach(this::checkTotal);
        checkPaymentsMatchInvoices(statements);
        List<Invoice> invoices = statements.invoices();
        List<PaymentStatement> payments = statements.payments();
        long settled = SettlementInvariants.settledOnInvoices(invoices);
        try {
            SettlementInvariants.check(invoices, payments, settled);
        } catch (SettlementInvariantException e) {
            throw new StatementCheckException("v" + version + "/invoice_*.csv, payment_*.csv", 0, e.getMessage());
        }
        DetailCheck.check(folder, statements, counted);
        int corrections = checkCorrections(statements);
        boolean previousCompared = version > 1 && Files.isDirectory(folders.published(version - 1));
        checkManifest();
        return new VerifiedVersion(period, version, invoices.size(), payments.size(), counted.size(),
                sumTotals(invoices.stream().map(Invoice::total).toList()),
                sumTotals(payments.stream().map(PaymentStatement::total).toList()),
                sumOf(invoices, LineType.DIRECT), sumOf(invoices, LineType.OUTCOME_RELEASE),
                sumOf(invoices, LineType.AVAILABILITY), corrections, previousCompared);
    }

    private void checkTotal(ParsedStatement statement) {
        try {
            SettlementInvariants.checkTotal(statement.lines(), statement.file());
        } catch (SettlementInvariantException e) {
            throw new StatementCheckException(statement.file(), statement.lastLine(), e.getMessage());
        }
        long total = statement.lines().stream().filter(l -> l.type() != LineType.TOTAL)
                .mapToLong(StatementLine::amountCents).reduce(0, Math::addExact);
        count(statement.file(), statement.lines().size(), total);
    }

    /**
     * Every DIRECT, OUTCOME_RELEASE and AVAILABILITY line is on the municipality's invoice and on the
     * provider's payment statement, the same on both: the region pays what the municipalities are invoiced.
     */
    private static void checkPaymentsMatchInvoices(StatementSet statements) {
        Map<StatementLineKey, StatementLine> invoiced = new HashMap<>();
        Map<StatementLineKey, String> invoicedAt = new HashMap<>();
        for (ParsedStatement invoice : statements.invoiceFiles()) {
            for (int i = 0; i < invoice.lines().size(); i++) {
                StatementLine line = invoice.lines().get(i);
                if (isPaid(line)) {
                    invoiced.put(line.key(), line);
                    invoicedAt.put(line.key(), invoice.file() + " line " + invoice.lineOf(i));
                }
            }
        }
        for (ParsedStatement payment : statements.paymentFiles()) {
            for (int i = 0; i < payment.lines().size(); i++) {
                StatementLine line = payment.lines().get(i);
                if (!isPaid(line)) {
                    continue;
                }
                StatementLine onInvoice = invoiced.remove(line.key());
                if (onInvoice == null) {
                    throw payment.error(i, "no such " + line.type() + " line on the invoice of municipality "
                            + line.key().municipality());
                }
                if (!onInvoice.equals(line)) {
                    throw payment.error(i, "differs from " + invoicedAt.get(line.key()) + " (amount "
                            + line.amountCents() + " here, " + onInvoice.amountCents() + " there)");
                }
            }
        }
        if (!invoiced.isEmpty()) {
            StatementLineKey key = invoiced.keySet().stream().sorted(StatementLineKey.INVOICE_ORDER).findFirst().get();
            throw new StatementCheckException(invoicedAt.get(key), 0, "is on no payment statement of provider "
                    + key.provider());
        }
    }

    private static boolean isPaid(StatementLine line) {
        return line.type() == LineType.DIRECT || line.type() == LineType.OUTCOME_RELEASE
                || line.type() == LineType.AVAILABILITY;
    }

    /**
     * Version 1 has no corrections; a later version's corrections.csv must be exactly what the core
     * computes between the previous version's invoices and these (when the previous folder is there),
     * and in any case agree with these invoices.
     */
    private int checkCorrections(StatementSet statements) {
        Path file = folder.resolve(CorrectionCsv.FILE);
        String name = StatementCsvReader.displayName(file);
        if (version == 1) {
            if (Files.exists(file)) {
                throw new StatementCheckException(name, 0, "a first version has no corrections");
            }
            return 0;
        }
        if (!Files.isRegularFile(file)) {
            throw new StatementCheckException(name, 0, "missing: every version after the first has one");
        }
        List<StatementCsvReader.Row> rows = StatementCsvReader.read(file, CorrectionCsv.COLUMNS);
        List<Correction> stated = new ArrayList<>();
        long total = 0;
        for (StatementCsvReader.Row row : rows) {
            Correction correction = CorrectionCsv.parse(row, period, version);
            stated.add(correction);
            total = Math.addExact(total, CorrectionCsv.counted(correction));
        }
        count(name, rows.size(), total);
        Path previousFolder = folders.published(version - 1);
        if (Files.isDirectory(previousFolder)) {
            List<StatementLine> previous = StatementSet.read(previousFolder, period, version - 1).invoiceLines();
            List<Correction> expected = Corrections.between(previous, statements.invoiceLines());
            for (int i = 0; i < Math.max(expected.size(), stated.size()); i++) {
                if (i >= stated.size()) {
                    throw new StatementCheckException(name, 0, "lacks the correction " + expected.get(i));
                }
                if (i >= expected.size() || !expected.get(i).equals(stated.get(i))) {
                    throw rows.get(i).error("expected " + (i < expected.size() ? expected.get(i) : "no more corrections")
                            + " from v" + (version - 1) + " to v" + version);
                }
            }
        }
        try {
            SettlementInvariants.checkCorrections(stated, statements.invoices());
        } catch (SettlementInvariantException e) {
            throw new StatementCheckException(name, 0, e.getMessage());
        }
        return stated.size();
    }

    /** The hashes, missing and unlisted files ({@link ManifestHashes}), then each listed file's rows and total. */
    private void checkManifest() {
        String manifestName = StatementCsvReader.displayName(folder.resolve(Manifest.FILE));
        for (Manifest.Listed listed : ManifestHashes.check(folder)) {
            ManifestEntry entry = listed.entry();
            ManifestEntry actual = counted.get(entry.file());
            if (actual == null) {
                throw new StatementCheckException(manifestName, listed.line(), entry.file() + " is not a statement file");
            }
            if (actual.rows() != entry.rows() || actual.totalCents() != entry.totalCents()) {
                throw new StatementCheckException(manifestName, listed.line(), entry.file() + " has " + actual.rows()
                        + " rows, total " + actual.totalCents() + "; the manifest says " + entry.rows() + ", "
                        + entry.totalCents());
            }
        }
    }

    private void count(String displayName, long rows, long totalCents) {
        String name = displayName.substring(displayName.lastIndexOf('/') + 1);
        counted.put(name, new ManifestEntry(name, rows, totalCents, null));
    }

    private static long sumTotals(List<StatementLine> totals) {
        return totals.stream().mapToLong(StatementLine::amountCents).reduce(0, Math::addExact);
    }

    private static long sumOf(List<Invoice> invoices, LineType type) {
        return invoices.stream().flatMap(i -> i.lines().stream()).filter(l -> l.type() == type)
                .mapToLong(StatementLine::amountCents).reduce(0, Math::addExact);
    }
}
