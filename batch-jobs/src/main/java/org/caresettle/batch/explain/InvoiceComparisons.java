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
 * {@link InvoiceExplainer}. A version of the period (the latest unless asked) is explained; it is
 * compared with the latest version of another period (the period before unless asked) and with another
 * version of its own period (its previous version unless asked). The command line and the console ask
 * the same question here.
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

    /**
     * {@code explain}: version {@code version} of the period (the latest when empty) against the
     * comparisons {@code against} asks for. Refused, naming what is missing, when the period, the
     * version, the municipality's invoice or what to compare with is not in the database. One
     * read-only transaction, so that a settle running meanwhile cannot mix two states into one answer.
     */
    @Transactional(readOnly = true)
    public Explanation explain(Path out, Period period, OptionalInt version, Against against,
            MunicipalityCode municipality) {
        StoredVersion stored = (version.isPresent() ? versions.version(period, version.getAsInt()) : versions.latest(period))
                .orElseThrow(() -> nothingSettled(out, period, version));
        VersionRef current = new VersionRef(period, stored.number(), stored.versionId());
        List<StatementLine> invoice = versions.invoiceLines(current.versionId(), municipality);
        if (invoice.isEmpty()) {
            throw new RefusedException("municipality " + municipality + " has no invoice in " + current
                    + ": no settled version of " + period + " for it");
        }
        Optional<StoredVersion> otherVersion;
        if (against.version().isPresent()) {
            int number = against.version().getAsInt();
            otherVersion = Optional.of(versions.version(period, number).orElseThrow(() -> new RefusedException(
                    "--against v" + number + ": " + period + " has no version " + number)));
        } else {
            otherVersion = current.number() == 1 ? Optional.empty() : versions.version(period, current.number() - 1);
        }
        Period otherPeriod = against.period().orElse(period.previous());
        if (otherPeriod.equals(period)) {
            throw new RefusedException("--against " + period + " is the period explained: to compare two of its "
                    + "versions, give a version (--against v1)");
        }
        if (against.period().isPresent() && versions.latest(otherPeriod).isEmpty()) {
            throw new RefusedException("--against " + otherPeriod + ": " + otherPeriod + " has no settled version");
        }
        return explanation(out, current, invoice, municipality, otherVersion, otherPeriod);
    }

    /**
     * The console's question (issue 13): as {@link #explain(Path, Period, OptionalInt, Against, MunicipalityCode)}
     * against version {@code against} of the same period (the previous version when empty), but empty
     * instead of refused when something is not there (the page then says "not found"). {@code out} may
     * be null: the invoice file is then not looked for.
     */
    @Transactional(readOnly = true)
    public Optional<Explanation> explain(Path out, Period period, OptionalInt version, OptionalInt against,
            MunicipalityCode municipality) {
        try {
            return Optional.of(explain(out, period, version,
                    against.isPresent() ? Against.version(against.getAsInt()) : Against.DEFAULTS, municipality));
        } catch (RefusedException e) {
            return Optional.empty();
        }
    }

    /**
     * Nothing of the period in the database. When the statements are there under {@code --out}, the
     * reader runs on a copy of them without the database that settled them: say exactly that, not
     * "run settle", which would settle anew from whatever this database holds.
     */
    private static RefusedException nothingSettled(Path out, Period period, OptionalInt version) {
        String what = version.isPresent() ? "version " + version.getAsInt() + " of " + period : "settled version of " + period;
        List<Integer> onDisk = out == null ? List.of() : VersionFolders.of(out, period).publishedVersions();
        if (version.isPresent() ? onDisk.contains(version.getAsInt()) : !onDisk.isEmpty()) {
            return new RefusedException("this database has no " + what + ", but " + VersionFolders.of(out, period)
                    .periodFolder() + " holds " + onDisk.stream().map(n -> "v" + n).toList()
                    + ": these statements were settled with another database (a copy of them without it?). explain "
                    + "reads the database that settled them: give its --spring.datasource.url (and username, password); "
                    + "to check the files alone, use verify");
        }
        if (version.isPresent()) {
            return new RefusedException("period " + period + " has no version " + version.getAsInt());
        }
        return new RefusedException("period " + period + " has no settled version (run settle --period " + period
                + " first)");
    }

    private Explanation explanation(Path out, VersionRef current, List<StatementLine> invoice,
            MunicipalityCode municipality, Optional<StoredVersion> otherVersion, Period otherPeriod) {
        Period period = current.period();
        Optional<Comparison> previousPeriod = versions.latest(otherPeriod)
                .map(v -> compare(new VersionRef(otherPeriod, v.number(), v.versionId()), current, invoice,
                        municipality, List.of(period, otherPeriod)));
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
