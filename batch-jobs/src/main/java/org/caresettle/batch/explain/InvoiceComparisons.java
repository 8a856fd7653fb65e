package org.caresettle.batch.explain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.caresettle.batch.exit.RefusedException;
import org.caresettle.batch.settle.SettlementVersionRepository;
import org.caresettle.batch.settle.SettlementVersionRepository.StoredVersion;
import org.caresettle.batch.statement.VersionFolders;
import org.caresettle.core.explain.InvoiceExplainer;
import org.caresettle.core.settlement.StatementLine;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the versions an explanation compares and hands their invoice lines to the core's
 * {@link InvoiceExplainer}. The latest version of the period is explained; it is compared with the
 * latest version of the period before and with its own previous version.
 */
@Service
public class InvoiceComparisons {

    /** Declaration lines shown per invoice line; the detail files hold all of them. */
    static final int LINES_SHOWN = 10;

    private final SettlementVersionRepository versions;
    private final LinesBehindRepository lines;

    InvoiceComparisons(SettlementVersionRepository versions, LinesBehindRepository lines) {
        this.versions = versions;
        this.lines = lines;
    }

    /** One read-only transaction, so that a settle running meanwhile cannot mix two states into one answer. */
    @Transactional(readOnly = true)
    public Explanation explain(Path out, Period period, MunicipalityCode municipality) {
        StoredVersion latest = versions.latest(period).orElseThrow(() -> new RefusedException(
                "period " + period + " has no settled version (run settle --period " + period + " first)"));
        VersionRef current = new VersionRef(period, latest.number(), latest.versionId());
        List<StatementLine> invoice = versions.invoiceLines(current.versionId(), municipality);
        if (invoice.isEmpty()) {
            throw new RefusedException("municipality " + municipality + " has no invoice in " + current
                    + ": no settled version of " + period + " for it");
        }
        Optional<Comparison> previousPeriod = versions.latest(period.previous())
                .map(v -> compare(new VersionRef(period.previous(), v.number(), v.versionId()), current, invoice,
                        municipality, List.of(period, period.previous())));
        Optional<Comparison> previousVersion = (current.number() == 1 ? Optional.<StoredVersion>empty()
                : versions.version(period, current.number() - 1))
                .map(v -> compare(new VersionRef(period, v.number(), v.versionId()), current, invoice, municipality,
                        List.of(period)));
        // Named relative to --out: the reader knows the folder, and the text stays the same wherever it is.
        Path invoiceFile = VersionFolders.of(Path.of(""), period).published(current.number())
                .resolve("invoice_" + municipality.value() + ".csv");
        return new Explanation(municipality, lines.municipalityName(municipality), current, invoiceFile,
                Files.isRegularFile(out.resolve(invoiceFile)), previousPeriod, previousVersion);
    }

    private Comparison compare(VersionRef previous, VersionRef current, List<StatementLine> currentInvoice,
            MunicipalityCode municipality, List<Period> periodsOfLines) {
        List<StatementLine> previousInvoice = versions.invoiceLines(previous.versionId(), municipality);
        return new Comparison(previous, current, !previousInvoice.isEmpty(),
                InvoiceExplainer.between(previousInvoice, currentInvoice),
                lines.linesBehind(municipality, periodsOfLines, LINES_SHOWN));
    }
}
