package org.caresettle.batch.settle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caresettle.batch.cli.RefusedException;
import org.caresettle.batch.reference.ReferenceDataRepository;
import org.caresettle.batch.run.CurrentRun;
import org.caresettle.batch.statement.VersionFolders;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.settlement.PeriodSettlement;
import org.caresettle.core.settlement.Settlement;
import org.caresettle.core.settlement.SettlementRefusedException;
import org.caresettle.core.settlement.SettlementRequest;
import org.caresettle.core.settlement.StatementLine;
import org.caresettle.core.value.Money;
import org.caresettle.core.value.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The work of {@code settleStep}, inside its transaction: finish a version an interrupted run left
 * unpublished, compare the input fingerprint with the last version's, and if it differs settle the
 * period (the core checks the invariants), write the files into the pending folder and store the
 * version. The pending folder is moved into view by {@code publishStep}, after the commit.
 */
@Service
public class PeriodSettler {

    private final ReferenceDataRepository references;
    private final InputFingerprint fingerprint;
    private final AcceptedLineRepository lines;
    private final SettlementVersionRepository versions;
    private final StatementFilesWriter writer;

    private final CurrentRun currentRun;
    private final Duration progressInterval;

    PeriodSettler(ReferenceDataRepository references, InputFingerprint fingerprint, AcceptedLineRepository lines,
            SettlementVersionRepository versions, StatementFilesWriter writer, CurrentRun currentRun,
            @Value("${settlement.progress.interval:10s}") Duration progressInterval) {
        this.currentRun = currentRun;
        this.progressInterval = progressInterval;
        this.references = references;
        this.fingerprint = fingerprint;
        this.lines = lines;
        this.versions = versions;
        this.writer = writer;
    }

    public SettleOutcome settle(Path out, Period period) throws IOException {
        VersionFolders folders = VersionFolders.of(out, period);
        List<String> notes = new ArrayList<>();
        Optional<SettlementVersionRepository.StoredVersion> last = versions.latest(period);
        if (last.isPresent()) {
            completeInterrupted(folders, period, last.get().number(), notes);
        }
        InputFingerprint.Inputs inputs = fingerprint.of(period);
        if (last.isPresent() && last.get().inputSha256().equals(inputs.sha256())) {
            int number = last.get().number();
            notes.add("period " + period + ": inputs unchanged since v" + number + ", nothing written");
            return new SettleOutcome(period, number, false, String.join("\n", notes));
        }
        int version = last.map(v -> v.number() + 1).orElse(1);
        if (Files.exists(folders.published(version))) {
            throw new RefusedException(folders.published(version) + " exists, but the database stores "
                    + (version == 1 ? "no version" : "only up to v" + (version - 1)) + " of " + period
                    + ": this --out folder belongs to another database; nothing written");
        }
        ReferenceData reference = references.current();
        Optional<List<StatementLine>> previous = last.map(v -> versions.invoiceLines(v.versionId()));
        Settlement settlement;
        try {
            try (SettleProgress progress = new SettleProgress(period, inputs.lineCount(), currentRun.err(),
                    progressInterval)) {
                settlement = lines.withLinesUpTo(period, accepted -> PeriodSettlement.settle(
                        new SettlementRequest(period, version, reference, progress.counting(accepted), previous)));
            }
        } catch (SettlementRefusedException e) {
            throw new RefusedException("period " + period + " not settled: " + e.getMessage());
        }
        Path pending = PendingVersion.prepare(folders, version);
        try {
            writer.write(pending, settlement, reference);
            versions.store(settlement, inputs);
        } catch (IOException | RuntimeException e) {
            PendingVersion.discard(pending);
            throw e;
        }
        notes.add(describe(settlement, folders));
        return new SettleOutcome(period, version, true, String.join("\n", notes));
    }

    /**
     * The last stored version must be visible. If its run stopped between the commit and the rename,
     * its pending folder is complete (written and forced to disk before the commit): publish it now.
     */
    private static void completeInterrupted(VersionFolders folders, Period period, int number, List<String> notes)
            throws IOException {
        if (Files.isDirectory(folders.published(number))) {
            return;
        }
        if (!Files.isDirectory(folders.pending(number))) {
            throw new RefusedException("the database stores v" + number + " of " + period + " but "
                    + folders.published(number) + " is missing: use the --out folder of the earlier runs");
        }
        PendingVersion.publish(folders, number);
        notes.add("period " + period + ": v" + number + " published (its run stopped after storing it)");
    }

    private static String describe(Settlement settlement, VersionFolders folders) {
        long settled = settlement.totals().settledCents();
        String corrections = settlement.corrections().map(c -> ", " + c.size() + " corrections").orElse("");
        return "period " + settlement.period() + ": v" + settlement.version() + " written to "
                + folders.published(settlement.version()) + " (" + settlement.invoices().size() + " invoices, "
                + settlement.payments().size() + " payments" + corrections + "; settled " + settled + " cents = EUR "
                + Money.ofCents(settled).toEuroString() + ")";
    }
}
