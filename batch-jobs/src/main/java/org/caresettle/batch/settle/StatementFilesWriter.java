package org.caresettle.batch.settle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.caresettle.batch.privacy.ClientPseudonyms;
import org.caresettle.batch.statement.CorrectionCsv;
import org.caresettle.batch.statement.DetailCsv;
import org.caresettle.batch.statement.DurableFolder;
import org.caresettle.batch.statement.Manifest;
import org.caresettle.batch.statement.ManifestEntry;
import org.caresettle.batch.statement.StatementCsvWriter;
import org.caresettle.batch.statement.StatementKind;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.settlement.AcceptedLine;
import org.caresettle.core.settlement.Correction;
import org.caresettle.core.settlement.Invoice;
import org.caresettle.core.settlement.LinePricer;
import org.caresettle.core.settlement.LineType;
import org.caresettle.core.settlement.PaymentStatement;
import org.caresettle.core.settlement.PricedLine;
import org.caresettle.core.settlement.Settlement;
import org.caresettle.core.settlement.StatementLine;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Component;

/**
 * Writes the files of one settled version into a folder (the hidden pending folder; publishing is
 * {@link PendingVersion}'s job): invoices, payments, corrections, details and last the manifest,
 * which lists the others. Everything written comes from the settlement or from the database, never
 * from a clock, so equal inputs give equal bytes.
 */
@Component
public class StatementFilesWriter {

    private final AcceptedLineRepository lines;
    private final ClientPseudonyms pseudonyms;

    StatementFilesWriter(AcceptedLineRepository lines, ClientPseudonyms pseudonyms) {
        this.lines = lines;
        this.pseudonyms = pseudonyms;
    }

    /** Writes every file of the version and returns the manifest's own SHA-256. */
    public String write(Path folder, Settlement settlement, ReferenceData reference) throws IOException {
        Period period = settlement.period();
        int version = settlement.version();
        List<ManifestEntry> entries = new ArrayList<>();
        for (Invoice invoice : settlement.invoices()) {
            entries.add(writeStatement(folder, StatementKind.INVOICE, invoice.municipality().value(), invoice.lines(),
                    period, version));
        }
        for (PaymentStatement payment : settlement.payments()) {
            entries.add(writeStatement(folder, StatementKind.PAYMENT, payment.provider().value(), payment.lines(),
                    period, version));
        }
        if (settlement.corrections().isPresent()) {
            try (StatementCsvWriter writer = StatementCsvWriter.create(folder.resolve(CorrectionCsv.FILE), CorrectionCsv.COLUMNS)) {
                for (Correction correction : settlement.corrections().get()) {
                    writer.row(CorrectionCsv.cells(correction, period, version), CorrectionCsv.counted(correction));
                }
                entries.add(writer.finish());
            }
        }
        entries.addAll(writeDetails(folder, settlement, reference));
        String manifestSha256 = Manifest.write(folder, entries);
        DurableFolder.force(folder);
        return manifestSha256;
    }

    private static ManifestEntry writeStatement(Path folder, StatementKind kind, String owner, List<StatementLine> lines,
            Period period, int version) throws IOException {
        try (StatementCsvWriter writer = StatementCsvWriter.create(folder.resolve(kind.fileName(owner)), kind.columns())) {
            for (StatementLine line : lines) {
                writer.row(kind.cells(line, period, version), line.type() == LineType.TOTAL ? 0 : line.amountCents());
            }
            return writer.finish();
        }
    }

    /**
     * One detail file per invoice, its lines streamed from the database by municipality, so only one
     * file is open at a time. A municipality invoiced only for pooling or availability gets a file
     * with the header alone: every invoice has its detail.
     */
    private List<ManifestEntry> writeDetails(Path folder, Settlement settlement, ReferenceData reference) throws IOException {
        Set<String> pending = new TreeSet<>();
        settlement.invoices().forEach(invoice -> pending.add(invoice.municipality().value()));
        LinePricer pricer = new LinePricer(reference);
        List<ManifestEntry> entries = new ArrayList<>();
        DetailFile current = new DetailFile(folder, settlement, entries);
        try {
            lines.forEachDetailLine(settlement.period(), pseudonyms, detail -> {
                String municipality = detail.line().municipality().value();
                current.switchTo(municipality);
                pending.remove(municipality);
                current.write(detail, pricer.price(detail.line()));
            });
            current.close();
            for (String municipality : pending) {
                current.switchTo(municipality);
                current.close();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            current.abandon();
        }
        return entries;
    }

    /** The detail file being written; switching municipality finishes the previous one. */
    private static final class DetailFile {
        private final Path folder;
        private final Period period;
        private final String version;
        private final List<ManifestEntry> entries;
        private String municipality;
        private StatementCsvWriter writer;

        DetailFile(Path folder, Settlement settlement, List<ManifestEntry> entries) {
            this.folder = folder;
            this.period = settlement.period();
            this.version = Integer.toString(settlement.version());
            this.entries = entries;
        }

        void switchTo(String next) {
            if (next.equals(municipality) && writer != null) {
                return;
            }
            try {
                close();
                municipality = next;
                writer = StatementCsvWriter.create(folder.resolve(DetailCsv.fileName(next)), DetailCsv.COLUMNS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void write(AcceptedLineRepository.DetailLine detail, PricedLine priced) {
            AcceptedLine line = detail.line();
            try {
                writer.row(Arrays.asList(
                        municipality,
                        period.toString(),
                        version,
                        detail.inboxFile(),
                        detail.messageId(),
                        detail.reference(),
                        detail.previousReference(),
                        line.allocationNumber(),
                        detail.client(),
                        line.provider().value(),
                        line.product().law().name(),
                        line.product().category(),
                        line.product().code(),
                        priced.financing().name(),
                        line.productStart().toString(),
                        detail.productEnd() == null ? null : detail.productEnd().toString(),
                        line.dc().name(),
                        Long.toString(line.volume()),
                        line.unit().code(),
                        Long.toString(priced.signedAmountCents()),
                        Long.toString(priced.withheldCents()),
                        Long.toString(priced.costCents())), priced.costCents());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void close() throws IOException {
            if (writer != null) {
                entries.add(writer.finish());
                writer = null;
            }
        }

        /** After a failure: close what is open; the pending folder is deleted by the caller. */
        void abandon() throws IOException {
            if (writer != null) {
                writer.close();
                writer = null;
            }
        }
    }
}
