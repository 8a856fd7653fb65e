package org.caresettle.batch.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.caresettle.batch.exit.RefusedException;
import org.caresettle.batch.files.FileTrees;
import org.caresettle.batch.inquiry.ReferenceNames;
import org.caresettle.batch.inquiry.SettlementInquiry;
import org.caresettle.batch.statement.CorrectionCsv;
import org.caresettle.batch.statement.DetailCsv;
import org.caresettle.batch.statement.DurableFolder;
import org.caresettle.batch.statement.Manifest;
import org.caresettle.batch.statement.ManifestHashes;
import org.caresettle.batch.statement.StatementCsvReader;
import org.caresettle.batch.statement.StatementKind;
import org.caresettle.batch.statement.VersionFolders;
import org.caresettle.core.value.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Writes the workbooks of one published version (see the package comment): checks the statement files
 * against their manifest, writes one workbook per invoice into the pending folder, then the exports'
 * manifest, forces them to disk and renames the folder into view. An export that is there already is
 * compared file by file: the same bytes mean there is nothing to do, different bytes are refused
 * (exit 2) with the first differing file named.
 */
@Service
public class VersionExporter {

    private final SettlementInquiry inquiry;
    private final MessageSource messages;
    private final WorkbookThreads threads;

    VersionExporter(SettlementInquiry inquiry, MessageSource messages,
            @Value("${settlement.export.threads:0}") int threads) {
        this.inquiry = inquiry;
        this.messages = messages;
        this.threads = new WorkbookThreads(threads);
    }

    /**
     * Exports the period's latest published version unless its export is in view already: what a night
     * does for every period it settled, so a version whose run stopped between its publication and its
     * workbooks gets them from the next night. Empty when there was nothing to do.
     */
    public Optional<ExportOutcome> exportLatestIfMissing(Path out, Period period) throws IOException {
        OptionalInt latest = VersionFolders.of(out, period).latestPublished();
        if (latest.isEmpty() || Files.isDirectory(ExportFolders.of(out, period).published(latest.getAsInt()))) {
            return Optional.empty();
        }
        return Optional.of(export(out, period, latest));
    }

    /** Exports version {@code version} of the period, or its latest published version when empty. */
    public ExportOutcome export(Path out, Period period, OptionalInt version) throws IOException {
        VersionFolders statements = VersionFolders.of(out, period);
        int number = version.isPresent() ? version.getAsInt() : statements.latestPublished().orElseThrow(
                () -> new RefusedException("period " + period + " has no published version under " + out
                        + "/statements; nothing exported"));
        Path versionFolder = statements.published(number);
        if (!Files.isDirectory(versionFolder)) {
            throw new RefusedException("v" + number + " of " + period + " is not published (" + versionFolder
                    + " is missing); nothing exported");
        }
        ManifestHashes.check(versionFolder);
        ExportFolders folders = ExportFolders.of(out, period);
        Path pending = folders.pending(number);
        FileTrees.delete(pending);
        Files.createDirectories(pending);
        try {
            int workbooks = writeWorkbooks(pending, versionFolder, period, number);
            ExportManifest.write(pending);
            DurableFolder.force(pending);
            return publish(folders, pending, period, number, workbooks);
        } finally {
            FileTrees.delete(pending);
        }
    }

    private int writeWorkbooks(Path pending, Path versionFolder, Period period, int version) throws IOException {
        ReferenceNames names = inquiry.names();
        InvoiceWorkbook workbook = new InvoiceWorkbook(new WorkbookTexts(messages), names);
        Optional<Map<String, List<StatementCsvReader.Row>>> corrections = correctionsByMunicipality(versionFolder);
        List<String> municipalities = largestFirst(versionFolder, invoicedMunicipalities(versionFolder));
        List<WorkbookThreads.Write> writes = new ArrayList<>();
        for (String municipality : municipalities) {
            writes.add(() -> workbook.write(pending.resolve(ExportedFiles.workbookName(municipality)), versionFolder,
                    municipality, period, version, corrections.map(all -> all.getOrDefault(municipality, List.of()))));
        }
        threads.runAll(writes);
        return municipalities.size();
    }

    /** The municipalities by the size of their detail file, largest first: the order the work is best shared in. */
    private static List<String> largestFirst(Path versionFolder, List<String> municipalities) throws IOException {
        Map<String, Long> sizes = new HashMap<>();
        for (String municipality : municipalities) {
            Path detail = versionFolder.resolve(DetailCsv.fileName(municipality));
            sizes.put(municipality, Files.isRegularFile(detail) ? Files.size(detail) : 0L);
        }
        List<String> sorted = new ArrayList<>(municipalities);
        sorted.sort(Comparator.comparing((String m) -> sizes.get(m)).reversed().thenComparing(m -> m));
        return sorted;
    }

    private ExportOutcome publish(ExportFolders folders, Path pending, Period period, int version, int workbooks)
            throws IOException {
        Path published = folders.published(version);
        String where = "exports/" + period + "/v" + version;
        if (Files.isDirectory(published)) {
            Optional<String> differing = firstDifference(pending, published);
            if (differing.isPresent()) {
                throw new RefusedException(where + " exists and differs from the workbooks the statements give now ("
                        + differing.get() + "; the reference names may have changed since): it is left as it is;"
                        + " move it away first to write it again");
            }
            return new ExportOutcome(period, version, false, workbooks, "period " + period + ": workbooks of v"
                    + version + " unchanged in " + published);
        }
        Files.move(pending, published, StandardCopyOption.ATOMIC_MOVE);
        DurableFolder.forceFolder(folders.periodFolder());
        return new ExportOutcome(period, version, true, workbooks, "period " + period + ": " + workbooks
                + (workbooks == 1 ? " workbook" : " workbooks") + " of v" + version + " written to " + published);
    }

    /** The municipalities with an invoice in the version, in file-name order (the manifest's). */
    private static List<String> invoicedMunicipalities(Path versionFolder) {
        List<String> municipalities = new ArrayList<>();
        for (Manifest.Listed listed : Manifest.read(versionFolder)) {
            String owner = StatementKind.INVOICE.ownerOf(listed.entry().file());
            if (owner != null) {
                municipalities.add(owner);
            }
        }
        return municipalities;
    }

    /** The rows of {@code corrections.csv} by municipality; empty for a version without one (v1). */
    private static Optional<Map<String, List<StatementCsvReader.Row>>> correctionsByMunicipality(Path versionFolder) {
        Path file = versionFolder.resolve(CorrectionCsv.FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Map<String, List<StatementCsvReader.Row>> byMunicipality = new HashMap<>();
        StatementCsvReader.forEach(file, CorrectionCsv.COLUMNS, row -> byMunicipality
                .computeIfAbsent(row.get(CorrectionCsv.COLUMNS.indexOf("municipality_code")), m -> new ArrayList<>())
                .add(row));
        return Optional.of(byMunicipality);
    }

    /** The first file (by name) that one folder has and the other has not, or has with other bytes. */
    private static Optional<String> firstDifference(Path a, Path b) throws IOException {
        List<String> namesA = names(a);
        List<String> namesB = names(b);
        for (String name : namesA) {
            if (!namesB.contains(name) || Files.mismatch(a.resolve(name), b.resolve(name)) != -1) {
                return Optional.of(name);
            }
        }
        return namesB.stream().filter(name -> !namesA.contains(name)).findFirst();
    }

    private static List<String> names(Path folder) {
        return VersionFolders.files(folder).stream().map(path -> path.getFileName().toString()).toList();
    }
}
