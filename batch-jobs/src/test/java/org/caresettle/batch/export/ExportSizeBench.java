package org.caresettle.batch.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caresettle.batch.inquiry.ReferenceNames;
import org.caresettle.batch.statement.DetailCsv;
import org.caresettle.batch.statement.StatementCsvWriter;
import org.caresettle.batch.statement.StatementKind;
import org.caresettle.core.value.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The cost of the workbooks at national size (issue 15), measured, not asserted: runs only when
 * {@code BENCH_EXPORT_LINES} is set, e.g. {@code BENCH_EXPORT_LINES=1000000} for a national month. Writes a
 * version's invoice and detail files of that many detail lines over 342 municipalities (the national count,
 * the largest with ~5 % of the lines, as a big city has), then times the workbooks written from them alone.
 * The figures are in {@code bench/RESULTS.md}.
 */
@EnabledIfEnvironmentVariable(named = "BENCH_EXPORT_LINES", matches = "[0-9]+")
class ExportSizeBench {

    private static final int MUNICIPALITIES = 342;
    private static final Period PERIOD = Period.parse("2026-10");

    @TempDir
    Path temp;

    @Test
    void workbooksOfANationalMonth() throws IOException {
        long lines = Long.parseLong(System.getenv("BENCH_EXPORT_LINES"));
        Path version = Files.createDirectories(temp.resolve("statements/2026-10/v1"));
        long[] perMunicipality = share(lines);
        long csvBytes = 0;
        for (int m = 0; m < MUNICIPALITIES; m++) {
            csvBytes += writeStatements(version, code(m), perMunicipality[m]);
        }
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/pages", "i18n/exports");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Map<String, String> providers = new HashMap<>();
        for (int p = 0; p < 400; p++) {
            providers.put(agb(p), "Zorgaanbieder " + p + " B.V.");
        }
        InvoiceWorkbook workbook = new InvoiceWorkbook(new WorkbookTexts(messages),
                new ReferenceNames(Map.of(), providers, Map.of("JW|45|45A01", "Jeugdhulp ambulant")));
        Path exports = Files.createDirectories(temp.resolve("exports"));

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long startCpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long biggest = 0;
        long biggestTook = 0;
        for (int m = 0; m < MUNICIPALITIES; m++) {
            long one = System.nanoTime();
            workbook.write(exports.resolve(ExportedFiles.workbookName(code(m))), version, code(m), PERIOD, 1,
                    Optional.empty());
            if (perMunicipality[m] > biggest) {
                biggest = perMunicipality[m];
                biggestTook = System.nanoTime() - one;
            }
        }
        long took = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - startCpu;
        long xlsxBytes = 0;
        for (int m = 0; m < MUNICIPALITIES; m++) {
            xlsxBytes += Files.size(exports.resolve(ExportedFiles.workbookName(code(m))));
        }
        System.out.printf("BENCH export: %d detail lines, %d workbooks, wall %.1f s, CPU %.1f s (%.1f µs CPU per"
                + " line); largest workbook %d lines in %.1f s wall; detail CSV %d MiB, workbooks %d MiB%n", lines,
                MUNICIPALITIES, took / 1e9, cpu / 1e9, cpu / 1e3 / lines, biggest, biggestTook / 1e9, csvBytes >> 20,
                xlsxBytes >> 20);
        assertThat(xlsxBytes).isPositive();
    }

    /** Lines per municipality: one has 5 %, the rest share the remainder evenly. */
    private static long[] share(long lines) {
        long[] share = new long[MUNICIPALITIES];
        share[0] = lines / 20;
        long rest = lines - share[0];
        for (int m = 1; m < MUNICIPALITIES; m++) {
            share[m] = rest / (MUNICIPALITIES - 1) + (m <= rest % (MUNICIPALITIES - 1) ? 1 : 0);
        }
        return share;
    }

    private static long writeStatements(Path version, String municipality, long lines) throws IOException {
        long cost = 0;
        try (StatementCsvWriter detail = StatementCsvWriter.create(version.resolve(DetailCsv.fileName(municipality)),
                DetailCsv.COLUMNS)) {
            for (long i = 0; i < lines; i++) {
                String provider = agb((int) (i % 400));
                long amount = 8550L * (1 + i % 12);
                cost += amount;
                detail.row(Arrays.asList(municipality, "2026-10", "1", "2026-11-04_" + provider + "_01.csv",
                        "M" + municipality + (i / 100), "R" + municipality + i, null, Long.toString(200000 + i),
                        "c" + Long.toHexString(0x9f3a2c0b1d4e5f60L + i * 7919), provider, "JW", "45", "45A01",
                        "PERFORMANCE", "2026-10-01", "2026-10-31", "D", Long.toString(1 + i % 12), "04",
                        Long.toString(amount), "0", Long.toString(amount)), amount);
            }
            detail.finish();
        }
        try (StatementCsvWriter invoice = StatementCsvWriter.create(
                version.resolve(StatementKind.INVOICE.fileName(municipality)), StatementKind.INVOICE.columns())) {
            invoice.row(Arrays.asList(municipality, "2026-10", "1", "DIRECT", agb(0), "JW", "45", "45A01",
                    "PERFORMANCE", Long.toString(lines), Long.toString(lines), "04", "0", Long.toString(cost),
                    "0.00"), cost);
            invoice.row(Arrays.asList(municipality, "2026-10", "1", "TOTAL", null, null, null, null, null,
                    Long.toString(lines), null, null, "0", Long.toString(cost), "0.00"), 0);
            invoice.finish();
        }
        return Files.size(version.resolve(DetailCsv.fileName(municipality)));
    }

    private static String code(int m) {
        return String.format("%04d", m + 1);
    }

    private static String agb(int p) {
        return Integer.toString(41700000 + p);
    }
}
