package org.caresettle.batch.explain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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
        Optional<StoredVersion> previousVersion = current.number() == 1 ? Optional.empty()
                : versions.version(period, current.number() - 1);
        return explanation(out, current, invoice, municipality, previousVersion);
    }

    /**
     * The console's question (issue 13): version {@code version} of the period (the latest when
     * empty) against the latest version of the period before and against version {@code against}
     * of the same period (the previous version when empty; none for a version 1). Empty when the
     * period has no such version, the municipality no invoice in it, or {@code against} names no
     * version of the period. {@code out} may be null: the invoice file is then not looked for.
     */
    @Transactional(readOnly = true)
    public Optional<Explanation> explain(Path out, Period period, OptionalInt version, OptionalInt against,
            MunicipalityCode municipality) {
        Optional<StoredVersion> stored = version.isPresent() ? versions.version(period, version.getAsInt())
                : versions.latest(period);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        VersionRef current = new VersionRef(period, stored.get().number(), stored.get().versionId());
        List<StatementLine> invoice = versions.invoiceLines(current.versionId(), municipality);
        if (invoice.isEmpty()) {
            return Optional.empty();
        }
        Optional<StoredVersion> other;
        if (against.isPresent()) {
            other = versions.version(period, against.getAsInt());
            if (other.isEmpty()) {
                return Optional.empty();
            }
        } else {
            other = current.number() == 1 ? Optional.empty() : versions.version(period, current.number() - 1);
        }
        return Optional.of(explanation(out, current, invoice, municipality, other));
    }

    private Explanation explanation(Path out, VersionRef current, List<StatementLine> invoice,
            MunicipalityCode municipality, Optional<StoredVersion> otherVersion) {
        Period period = current.period();
        Optional<Comparison> previousPeriod = versions.latest(period.previous())
                .map(v -> compare(new VersionRef(period.previous(), v.number(), v.versionId()), current, invoice,
                        municipality, List.of(period, period.previous())));
        Optional<Comparison> previousVersion = otherVersion
                .map(v -> compare(new VersionRef(period, v.number(), v.versionId()), current, invoice, municipality,
                        List.of(period)));
        // Named relative to --out: the reader knows the folder, and the text stays the same wherever it is.
        Path invoiceFile = VersionFolders.of(Path.of(""), period).published(current.number())
                .resolve("invoice_" + municipality.value() + ".csv");
        return new Explanation(municipality, lines.municipalityName(municipality), current, invoiceFile,
                out != null && Files.isRegularFile(out.resolve(invoiceFile)), previousPeriod, previousVersion);
    }

    private Comparison compare(VersionRef previous, VersionRef current, List<StatementLine> currentInvoice,
            MunicipalityCode municipality, List<Period> periodsOfLines) {
        List<StatementLine> previousInvoice = versions.invoiceLines(previous.versionId(), municipality);
        return new Comparison(previous, current, !previousInvoice.isEmpty(),
                InvoiceExplainer.between(previousInvoice, currentInvoice),
                lines.linesBehind(municipality, periodsOfLines, LINES_SHOWN));
    }
}
