package org.caresettle.batch.settle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caresettle.batch.exit.RefusedException;
import org.caresettle.batch.reference.ProposedPoolingKeys;
import org.caresettle.batch.reference.ReferenceDataRepository;
import org.caresettle.batch.statement.StatementContent;
import org.caresettle.batch.statement.VersionFolders;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.settlement.Settlement;
import org.caresettle.core.settlement.SettlementMerge;
import org.caresettle.core.value.Money;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Service;

/**
 * The manager's side of a settle, before and after the parts are settled (see the package
 * comment for the order): {@link #check} finishes a version an interrupted run left unpublished,
 * checks the published versions against what was published and compares the input fingerprint with
 * the last version's; {@link #mergeAndStore} merges the parts (the core checks the invariants),
 * writes the files into the pending folder and stores the version, inside the caller's
 * transaction, unless its statements are the last version's again. The pending folder is moved
 * into view by {@code publishStep}, after the commit.
 */
@Service
public class PeriodSettler {

    private final ReferenceDataRepository references;
    private final InputFingerprint fingerprint;
    private final SettlementVersionRepository versions;
    private final StatementFilesWriter writer;
    private final PublishedVersionsCheck published;
    private final ProposedPoolingKeys proposedKeys;
    private final SettlementPreviews previews;
    private final ApprovedPublication approvals;
    private final SettlementMetrics metrics;

    PeriodSettler(ReferenceDataRepository references, InputFingerprint fingerprint,
            SettlementVersionRepository versions, StatementFilesWriter writer, PublishedVersionsCheck published,
            ProposedPoolingKeys proposedKeys, SettlementPreviews previews, ApprovedPublication approvals,
            SettlementMetrics metrics) {
        this.metrics = metrics;
        this.references = references;
        this.fingerprint = fingerprint;
        this.versions = versions;
        this.writer = writer;
        this.published = published;
        this.proposedKeys = proposedKeys;
        this.previews = previews;
        this.approvals = approvals;
    }

    /**
     * What the check found: the version to settle (or, when {@code unchanged}, the last one), the
     * inputs it is settled from, and what was done on the way (notes for the operator).
     */
    public record Check(int version, boolean unchanged, InputFingerprint.Inputs inputs, List<String> notes) {
    }

    public Check check(Path out, Period period) throws IOException {
        return check(out, period, SettleMode.PUBLISH, null);
    }

    /**
     * The check of a run in {@code mode}. A preview or what-if reads the settled state and changes
     * nothing: an interrupted version is refused rather than published (a {@code settle} finishes
     * it). A what-if needs a published version whose inputs are still those of the period (its
     * comparison is of that version under another key, so only pooling and availability may move),
     * and checks the proposed key ({@code poolingKey}) before anything is settled.
     */
    Check check(Path out, Period period, SettleMode mode, Path poolingKey) throws IOException {
        VersionFolders folders = VersionFolders.of(out, period);
        List<String> notes = new ArrayList<>();
        Optional<SettlementVersionRepository.StoredVersion> last = versions.latest(period);
        if (last.isPresent()) {
            if (mode == SettleMode.PUBLISH) {
                completeInterrupted(folders, period, last.get().number(), notes);
            } else if (!Files.isDirectory(folders.published(last.get().number()))) {
                throw new RefusedException("the database stores v" + last.get().number() + " of " + period
                        + " but it is not published (" + folders.published(last.get().number()) + " is missing): run"
                        + " settle first, which publishes it or names what is wrong; nothing written");
            }
        }
        published.check(folders, period);
        if (mode == SettleMode.WHATIF) {
            proposedKeys.read(poolingKey);
        }
        InputFingerprint.Inputs inputs = fingerprint.of(period);
        boolean unchanged = last.isPresent() && versions.settledFrom(last.get(), inputs.sha256());
        if (mode == SettleMode.WHATIF) {
            if (last.isEmpty()) {
                throw new RefusedException("period " + period + " has no published version to compare with: settle"
                        + " it first; nothing written");
            }
            if (!unchanged) {
                throw new RefusedException("the inputs of " + period + " changed since v" + last.get().number()
                        + ": settle it first (settle --preview shows what would change), so that the what-if moves"
                        + " only the pooling key; nothing written");
            }
            return new Check(last.get().number() + 1, false, inputs, notes);
        }
        if (unchanged) {
            int number = last.get().number();
            notes.add("period " + period + ": inputs unchanged since v" + number + ", nothing written"
                    + (mode == SettleMode.PREVIEW ? " (nothing to preview)" : ""));
            return new Check(number, true, inputs, notes);
        }
        int version = last.map(v -> v.number() + 1).orElse(1);
        if (Files.exists(folders.published(version))) {
            throw new RefusedException(folders.published(version) + " exists, but the database stores "
                    + (version == 1 ? "no version" : "only up to v" + (version - 1)) + " of " + period
                    + ": this --out folder belongs to another database; nothing written");
        }
        return new Check(version, false, inputs, notes);
    }

    /**
     * Merges the parts of version {@code version}, writes its files into the pending folder and stores
     * it. The parts must have read exactly the lines the fingerprint counted: lines are only ever
     * added, so a difference means some were added while the parts were settled (the run lock keeps
     * an ingest out, so this is a guard, not a path).
     */
    public SettleOutcome mergeAndStore(Path out, Period period, int version, InputFingerprint.Inputs inputs,
            List<RegionPartSettler.SettledPart> parts, List<String> notes) throws IOException {
        return mergeAndStore(out, period, version, inputs, parts, notes, SettleMode.PUBLISH, null, null);
    }

    /**
     * As {@link #mergeAndStore(Path, Period, int, InputFingerprint.Inputs, List, List)} up to the
     * merge, with its checks and invariants; then a preview writes the version's files to its
     * preview folder, a what-if its comparison, and neither stores anything. A publication of an
     * approved rerun ({@code approval} not null) tells {@link ApprovedPublication} in the transaction
     * that stores the version.
     */
    SettleOutcome mergeAndStore(Path out, Period period, int version, InputFingerprint.Inputs inputs,
            List<RegionPartSettler.SettledPart> parts, List<String> notes, SettleMode mode, Path poolingKey,
            Long approval) throws IOException {
        long read = parts.stream().mapToLong(RegionPartSettler.SettledPart::linesRead).sum();
        if (read != inputs.lineCount()) {
            throw new IllegalStateException("the parts of " + period + " read " + read + " accepted lines, the input"
                    + " fingerprint counted " + inputs.lineCount() + ": lines changed during the settle; run it again");
        }
        Optional<SettlementVersionRepository.StoredVersion> last = versions.latest(period)
                .filter(v -> v.number() == version - 1);
        if (version > 1 && last.isEmpty()) {
            throw new IllegalStateException("v" + (version - 1) + " of " + period + " is not the latest stored version");
        }
        Settlement settlement = SettlementMerge.merge(period, version,
                parts.stream().map(RegionPartSettler.SettledPart::settlement).toList(),
                last.map(v -> versions.invoiceLines(v.versionId())));
        ReferenceData reference = references.withoutAllocations();
        VersionFolders folders = VersionFolders.of(out, period);
        if (mode == SettleMode.PREVIEW) {
            return previews.preview(out, settlement, last.map(v -> new SettlementPreviews.Published(v.number(),
                    versions.invoiceLines(v.versionId()), statementsOf(folders, v))), reference, notes).settled(read);
        }
        if (mode == SettleMode.WHATIF) {
            SettlementVersionRepository.StoredVersion published = last.orElseThrow();
            return previews.whatIf(out, settlement, new SettlementPreviews.Published(published.number(),
                    versions.invoiceLines(published.versionId()), statementsOf(folders, published)), poolingKey,
                    reference, notes).settled(read);
        }
        Path pending = PendingVersion.prepare(folders, version);
        List<String> all = new ArrayList<>(notes);
        try {
            String manifestSha256 = writer.write(pending, settlement, reference);
            String statementsSha256 = StatementContent.sha256(pending);
            if (last.isPresent() && statementsSha256.equals(statementsOf(folders, last.get()))) {
                // SPEC 10: a version that says nothing new is not written; these inputs are
                // remembered as giving it, so the next run is "unchanged" at once.
                PendingVersion.discard(pending);
                versions.recordSameStatements(last.get(), inputs.sha256());
                all.add("period " + period + ": inputs changed but the statements are identical to v"
                        + last.get().number() + "; nothing written");
                return new SettleOutcome(period, last.get().number(), false, String.join("\n", all), read, 0, null);
            }
            versions.store(settlement, inputs, manifestSha256, statementsSha256);
            if (approval != null) {
                approvals.storing(approval, period, version, inputs.sha256());
            }
        } catch (IOException | RuntimeException e) {
            PendingVersion.discard(pending);
            throw e;
        }
        metrics.published(period, version, settlement.totals().settledCents());
        all.add(describe(settlement, folders));
        long municipalities = settlement.invoiceLines().stream().map(line -> line.key().municipality())
                .filter(java.util.Objects::nonNull).distinct().count();
        return new SettleOutcome(period, version, true, String.join("\n", all), read, (int) municipalities, null);
    }

    /**
     * The statements' SHA-256 of a stored version: as stored with it, or for a version stored before
     * V10, read from its folder (which the check of this run found as published).
     */
    private static String statementsOf(VersionFolders folders, SettlementVersionRepository.StoredVersion version) {
        return version.statementsSha256() != null ? version.statementsSha256()
                : StatementContent.sha256(folders.published(version.number()));
    }

    /**
     * Makes the last stored version of {@code period} visible if its run stopped between its commit and
     * its rename, as the check of every settle does; says so, or returns nothing when there was nothing
     * to finish. For a run that does not settle (a rerun under approval, issue 14), since only a settle
     * would otherwise finish it and a preview refuses until it is.
     */
    public Optional<String> finishInterrupted(Path out, Period period) throws IOException {
        Optional<SettlementVersionRepository.StoredVersion> last = versions.latest(period);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        completeInterrupted(VersionFolders.of(out, period), period, last.get().number(), notes);
        return notes.stream().findFirst();
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
