package org.caresettle.batch.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.caresettle.batch.statement.StatementCsvReader;
import org.caresettle.core.results.LandscapeRow;
import org.caresettle.core.results.ProductKey;
import org.caresettle.core.results.QuarterRow;
import org.caresettle.core.results.ResultRow;
import org.caresettle.core.results.ResultsReport;
import org.caresettle.core.results.Scope;
import org.caresettle.core.signals.SignalRow;
import org.caresettle.core.value.Period;

/**
 * The issue 16 reports of a period as the report step published them under {@code OUT/reports/<P>/}, read
 * back for the console: the pages show the files' own figures, so page and file cannot disagree, and a page
 * costs a read of small files instead of the report's queries. Empty when the period has no published
 * report (never reported, or reported before the file existed). The names in the files are left out: the
 * pages take names from the reference data in force, as every other page does.
 */
public final class PublishedResults {

    private PublishedResults() {
    }

    /** The folder the period's published reports are in (it is replaced as a whole, never changed in place). */
    public static Path folder(Path out, Period period) {
        return ReportFolders.of(out, period).published();
    }

    /** {@code results.csv} and {@code results_quarters.csv}, both or nothing. */
    public static Optional<ResultsReport.Results> results(Path out, Period period) {
        Path folder = folder(out, period);
        Optional<List<ResultRow>> results = read(folder.resolve(ResultsFiles.RESULTS), ResultsFiles.RESULT_COLUMNS,
                PublishedResults::resultRow);
        Optional<List<QuarterRow>> quarters = read(folder.resolve(ResultsFiles.QUARTERS),
                ResultsFiles.QUARTER_COLUMNS, PublishedResults::quarterRow);
        return results.isPresent() && quarters.isPresent()
                ? Optional.of(new ResultsReport.Results(results.get(), quarters.get()))
                : Optional.empty();
    }

    /** {@code landscape.csv}. */
    public static Optional<List<LandscapeRow>> landscape(Path out, Period period) {
        return read(folder(out, period).resolve(ResultsFiles.LANDSCAPE),
                ResultsFiles.LANDSCAPE_COLUMNS, PublishedResults::landscapeRow);
    }

    /** {@code signals.csv}. */
    public static Optional<List<SignalRow>> signals(Path out, Period period) {
        return read(folder(out, period).resolve(SignalsFile.NAME), SignalsFile.COLUMNS, c -> SignalsFile.row(c::get));
    }

    private static <T> Optional<List<T>> read(Path file, List<String> columns, Function<Cells, T> row) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(StatementCsvReader.read(file, columns).stream()
                .map(r -> row.apply(new Cells(columns, r.cells()))).toList());
    }

    private static ResultRow resultRow(Cells c) {
        return new ResultRow(c.scope(), c.product(), c.integer("trajectories_ended"), c.integer("achieved"),
                c.integer("partial"), c.integer("not_achieved"), c.integer("no_outcome_yet"),
                c.number("paid_direct_cents"), c.number("released_cents"), c.number("paid_cents"),
                c.number("still_withheld_cents"), c.optionalCents("cost_per_achieved_cents"));
    }

    private static QuarterRow quarterRow(Cells c) {
        String[] months = c.get("months").split("\\.\\.");
        String quarter = c.get("quarter");
        return new QuarterRow(c.scope(), c.product(), c.get("financing"),
                Integer.parseInt(quarter.substring(quarter.indexOf('Q') + 1)), Period.parse(months[0]),
                Period.parse(months[1]), c.integer("trajectories"), c.number("paid_cents"),
                c.optionalCents("cost_per_trajectory_cents"), c.integer("trajectories_year_before"),
                c.number("paid_year_before_cents"), c.optionalCents("cost_per_trajectory_year_before_cents"),
                c.optionalCents("change_cents"));
    }

    /** Small providers are written as {@code AGB name; AGB name}: the code is the first word of each. */
    private static LandscapeRow landscapeRow(Cells c) {
        String small = c.get("small_providers");
        return new LandscapeRow(c.get("region_code"), c.get("law"), c.get("category"), c.get("code"),
                c.integer("providers"), c.number("spend_cents"), c.get("largest_provider_agb"),
                c.number("largest_share_bp"), c.number("largest_three_share_bp"), c.number("hhi"),
                small.isEmpty() ? List.of()
                        : Arrays.stream(small.split("; ")).map(p -> p.split(" ", 2)[0]).toList());
    }

    /** One row's cells by column name. */
    private record Cells(List<String> columns, List<String> cells) {

        String get(String column) {
            return cells.get(columns.indexOf(column));
        }

        int integer(String column) {
            return Integer.parseInt(get(column));
        }

        long number(String column) {
            return Long.parseLong(get(column));
        }

        Long optionalCents(String column) {
            String cell = get(column);
            return cell.isEmpty() ? null : Long.valueOf(cell);
        }

        Scope scope() {
            String municipality = get("municipality_code");
            return new Scope(get("region_code"), municipality.isEmpty() ? null : municipality);
        }

        ProductKey product() {
            return new ProductKey(get("provider_agb"), get("law"), get("category"), get("code"));
        }
    }
}
