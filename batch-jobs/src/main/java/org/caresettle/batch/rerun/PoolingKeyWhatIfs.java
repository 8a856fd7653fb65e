package org.caresettle.batch.rerun;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.caresettle.batch.audit.AuditAction;
import org.caresettle.batch.audit.AuditTrail;
import org.caresettle.batch.csv.Sha256;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.files.FileTrees;
import org.caresettle.batch.run.RunEnd;
import org.caresettle.batch.run.RunRequest;
import org.caresettle.batch.run.RunSupervisor;
import org.caresettle.batch.settle.SettleOutcome;
import org.caresettle.batch.settle.SettleRunner;
import org.caresettle.batch.statement.RowValues;
import org.caresettle.batch.statement.StatementCsvReader;
import org.caresettle.batch.statement.WhatIfComparisonCsv;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Service;

/**
 * The console's pooling-key what-if (issue 14 item 3): an uploaded {@code pooling_keys.csv} is run
 * through exactly what {@code whatif --pooling-key FILE} runs ({@link SettleRunner#whatIf}, under the
 * {@link RunSupervisor} as the command {@code whatif}, so the run history names the user and the
 * reason), and the what-ifs a period has are read back from {@code OUT/whatif/<period>/}.
 *
 * <p>The upload is kept only while the what-if runs, in a temporary folder under its own (cleaned)
 * file name, so that a refusal names it as the command line would: {@code pooling_keys_proposed.csv:9:
 * POOLING_KEY_SUM: ...}. The audit trail keeps who ran it, the file's name and its SHA-256.
 */
@Service
public class PoolingKeyWhatIfs {

    /** A pooling key has a row per municipality and year: a national key of ten years is under 200 kB. */
    public static final int MAX_BYTES = 1024 * 1024;

    /** {@code v<N>-<yyyyMMddHHmmss>-<4 hex>}, as SettlementPreviews names a what-if's folder. */
    private static final Pattern ID = Pattern.compile("v([1-9][0-9]{0,8})-([0-9]{14})-[0-9a-f]{4}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final int MAX_NAME = 100;
    private static final int MAX_LISTED = 200;

    private final RunSupervisor supervisor;
    private final SettleRunner settle;
    private final AuditTrail audit;

    PoolingKeyWhatIfs(RunSupervisor supervisor, SettleRunner settle, AuditTrail audit) {
        this.supervisor = supervisor;
        this.settle = settle;
        this.audit = audit;
    }

    /** Runs the what-if of {@code period} under the uploaded key and says the id of its folder. */
    public String run(Period period, String fileName, byte[] key, String user, String reason, Path data, Path out) {
        if (key.length == 0) {
            throw new WhatIfRefused("the pooling key file is empty (or none was chosen)");
        }
        if (key.length > MAX_BYTES) {
            throw new WhatIfRefused("the pooling key file has " + key.length + " bytes, more than " + MAX_BYTES);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > RunRequest.MAX_REASON) {
            throw new WhatIfRefused("a reason has at most " + RunRequest.MAX_REASON + " characters");
        }
        Path upload = null;
        try {
            upload = Files.createTempDirectory("whatif-key");
            Path file = Files.write(upload.resolve(safeName(fileName)), key);
            AtomicReference<SettleOutcome> outcome = new AtomicReference<>();
            RunEnd end = supervisor.run(request(period, file, user, why, data, out),
                    new PrintStream(OutputStream.nullOutputStream()), () -> {
                        outcome.set(settle.whatIf(out, period, file));
                        return ExitCode.DONE;
                    });
            if (end.exitStatus() == ExitCode.REFUSED) {
                // The folder is the server's business; the reader knows the file by its own name.
                throw new WhatIfRefused(end.message().replace(upload.toAbsolutePath() + upload.getFileSystem()
                        .getSeparator(), ""));
            }
            if (!end.done() || outcome.get() == null || outcome.get().folder() == null) {
                throw new IllegalStateException("the what-if of " + period + " failed: " + end.message());
            }
            String id = Path.of(outcome.get().folder()).getFileName().toString();
            audit.record(user, AuditAction.WHATIF_RUN, "whatif " + period + " " + id, null,
                    "pooling key " + file.getFileName() + " (SHA-256 " + Sha256.of(key) + ")"
                            + (why == null ? "" : ": " + why));
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(upload);
        }
    }

    /** The period's what-ifs, the newest first. */
    public List<WhatIfComparison> list(Period period, Path out) {
        Path folder = periodFolder(period, out);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> ids = Files.list(folder)) {
            return ids.map(path -> path.getFileName().toString()).filter(id -> ID.matcher(id).matches())
                    .sorted(Comparator.comparing((String id) -> stamp(id)).thenComparing(id -> id).reversed())
                    .limit(MAX_LISTED)
                    .flatMap(id -> get(period, id, out).stream()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One what-if of the period; empty when no folder of the period has that id. */
    public Optional<WhatIfComparison> get(Period period, String id, Path out) {
        Matcher name = ID.matcher(id);
        if (!name.matches()) {
            return Optional.empty();
        }
        Path file = periodFolder(period, out).resolve(id).resolve(WhatIfComparisonCsv.FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<WhatIfComparison.Row> rows = StatementCsvReader.read(file, WhatIfComparisonCsv.COLUMNS).stream()
                .map(row -> new RowValues(row, WhatIfComparisonCsv.COLUMNS))
                .map(values -> new WhatIfComparison.Row(values.required("municipality_code"),
                        values.cents("published_total_cents"), values.cents("whatif_total_cents"),
                        values.cents("published_pooling_cents"), values.cents("whatif_pooling_cents")))
                .toList();
        return Optional.of(new WhatIfComparison(id, period.toString(), Integer.parseInt(name.group(1)), stamp(id),
                rows));
    }

    private static RunRequest request(Period period, Path key, String user, String reason, Path data, Path out) {
        Map<String, String> options = new HashMap<>();
        if (data != null) {
            options.put("data", data.toString());
        }
        options.put("out", out.toString());
        options.put("period", period.toString());
        options.put("pooling-key", key.getFileName().toString());
        return new RunRequest("whatif", options, null, period.toString(), data, out, user, reason);
    }

    private static Path periodFolder(Period period, Path out) {
        return out.resolve("whatif").resolve(period.toString());
    }

    private static LocalDateTime stamp(String id) {
        Matcher name = ID.matcher(id);
        if (!name.matches()) {
            throw new IllegalArgumentException("not a what-if id: " + id);
        }
        return LocalDateTime.parse(name.group(2), STAMP);
    }

    /** The upload's own name, reduced to letters, digits, '.', '-' and '_' (never a path). */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.substring(fileName.replace('\\', '/').lastIndexOf('/') + 1);
        name = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.matches("\\.*")) {
            name = "pooling_keys.csv";
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            FileTrees.delete(folder);
        } catch (IOException e) {
            // A temporary folder the system cleans up in time; the what-if's answer matters more.
        }
    }
}
