package org.caresettle.batch.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caresettle.batch.statement.StatementCsvWriter;
import org.caresettle.core.reference.ProductDefinition;
import org.caresettle.core.reference.Provider;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.results.LandscapeRow;
import org.caresettle.core.results.ProductKey;
import org.caresettle.core.results.QuarterRow;
import org.caresettle.core.results.ResultRow;
import org.caresettle.core.results.ResultsReport;
import org.caresettle.core.results.Scope;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.Money;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.caresettle.core.value.Product;

/**
 * Writes {@code results.csv}, {@code results_quarters.csv} (issue 16 item 1) and {@code landscape.csv}
 * (item 2) in the statements' CSV
 * style, names beside codes. A region's own row has an empty municipality. Amounts in cents and, beside
 * them, in euros with two decimals and a point (as {@code amount_eur} on the statements); the achievement
 * rate as the fraction {@code achieved/ended}, never a percentage.
 */
final class ResultsFiles {

    static final String RESULTS = "results.csv";
    static final String QUARTERS = "results_quarters.csv";
    static final String LANDSCAPE = "landscape.csv";
    static final List<String> LANDSCAPE_COLUMNS = List.of("period", "region_code", "law", "category", "code",
            "product", "providers", "spend_cents", "spend_eur", "largest_provider_agb", "largest_provider_name",
            "largest_share_bp", "largest_three_share_bp", "hhi", "small_providers");
    static final List<String> RESULT_COLUMNS = List.of("period", "region_code", "municipality_code",
            "municipality_name", "provider_agb", "provider_name", "law", "category", "code", "product",
            "trajectories_ended", "achieved", "partial", "not_achieved", "no_outcome_yet", "achievement_rate",
            "paid_direct_cents", "released_cents", "paid_cents", "paid_eur", "still_withheld_cents",
            "cost_per_achieved_cents", "cost_per_achieved_eur");
    static final List<String> QUARTER_COLUMNS = List.of("period", "region_code", "municipality_code",
            "municipality_name", "provider_agb", "provider_name", "law", "category", "code", "product", "financing",
            "quarter", "months", "trajectories", "paid_cents", "cost_per_trajectory_cents", "cost_per_trajectory_eur",
            "months_year_before", "trajectories_year_before", "paid_year_before_cents",
            "cost_per_trajectory_year_before_cents", "change_cents", "change_eur");

    private ResultsFiles() {
    }

    static void write(Path folder, Period period, ResultsReport.Results results, ReferenceData reference)
            throws IOException {
        try (StatementCsvWriter writer = StatementCsvWriter.create(folder.resolve(RESULTS), RESULT_COLUMNS)) {
            for (ResultRow row : results.results()) {
                List<String> cells = lead(period, row.scope(), row.product(), reference);
                cells.addAll(List.of(Integer.toString(row.ended()), Integer.toString(row.achieved()),
                        Integer.toString(row.partial()), Integer.toString(row.notAchieved()),
                        Integer.toString(row.noOutcome()), row.ended() == 0 ? "" : row.achieved() + "/" + row.ended(),
                        Long.toString(row.directCents()), Long.toString(row.releasedCents()),
                        Long.toString(row.paidCents()), euro(row.paidCents()), Long.toString(row.stillWithheldCents()),
                        cents(row.costPerAchievedCents()), euro(row.costPerAchievedCents())));
                writer.row(cells, row.scope().isRegion() ? 0 : row.paidCents());
            }
            writer.finish();
        }
        try (StatementCsvWriter writer = StatementCsvWriter.create(folder.resolve(QUARTERS), QUARTER_COLUMNS)) {
            for (QuarterRow row : results.quarters()) {
                List<String> cells = lead(period, row.scope(), row.product(), reference);
                cells.addAll(List.of(row.financing(), period.year() + "-Q" + row.quarter(),
                        row.from() + ".." + row.to(), Integer.toString(row.trajectories()),
                        Long.toString(row.paidCents()), cents(row.costPerTrajectoryCents()),
                        euro(row.costPerTrajectoryCents()), yearBefore(row.from()) + ".." + yearBefore(row.to()),
                        Integer.toString(row.trajectoriesYearBefore()), Long.toString(row.paidYearBeforeCents()),
                        cents(row.costPerTrajectoryYearBeforeCents()), cents(row.changeCents()),
                        euro(row.changeCents())));
                writer.row(cells, row.scope().isRegion() ? 0 : row.paidCents());
            }
            writer.finish();
        }
    }

    /** {@code landscape.csv}: one row per region and product; small providers as {@code AGB name}, by code. */
    static void writeLandscape(Path folder, Period period, List<LandscapeRow> rows, ReferenceData reference)
            throws IOException {
        try (StatementCsvWriter writer = StatementCsvWriter.create(folder.resolve(LANDSCAPE), LANDSCAPE_COLUMNS)) {
            for (LandscapeRow row : rows) {
                writer.row(List.of(period.toString(), row.region(), row.law(), row.category(), row.code(),
                        productName(reference, row.law(), row.category(), row.code()), Integer.toString(row.providers()),
                        Long.toString(row.spendCents()), euro(row.spendCents()), row.largestProvider(),
                        row.largestProvider().isEmpty() ? "" : providerName(reference, row.largestProvider()),
                        Long.toString(row.largestShareBp()), Long.toString(row.largestThreeShareBp()),
                        Long.toString(row.hhi()), String.join("; ", row.smallProviders().stream()
                                .map(agb -> agb + " " + providerName(reference, agb)).toList())),
                        row.spendCents());
            }
            writer.finish();
        }
    }

    private static String providerName(ReferenceData reference, String agb) {
        return reference.provider(AgbCode.of(agb)).map(Provider::name).orElse("");
    }

    private static String productName(ReferenceData reference, String law, String category, String code) {
        return reference.product(new Product(Law.parse(law), category, code.isEmpty() ? null : code))
                .map(ProductDefinition::description).orElse("");
    }

    private static List<String> lead(Period period, Scope scope, ProductKey product, ReferenceData reference) {
        List<String> cells = new ArrayList<>();
        String municipality = scope.isRegion() ? "" : scope.municipality();
        cells.add(period.toString());
        cells.add(scope.region());
        cells.add(municipality);
        cells.add(scope.isRegion() ? "" : reference.municipality(MunicipalityCode.of(municipality))
                .map(m -> m.name()).orElse(""));
        cells.add(product.providerAgb());
        cells.add(providerName(reference, product.providerAgb()));
        cells.add(product.law());
        cells.add(product.category());
        cells.add(product.code());
        cells.add(productName(reference, product.law(), product.category(), product.code()));
        return cells;
    }

    private static Period yearBefore(Period period) {
        return Period.of(period.year() - 1, period.month().getMonthValue());
    }

    private static String cents(Long cents) {
        return cents == null ? "" : Long.toString(cents);
    }

    private static String euro(Long cents) {
        return cents == null ? "" : Money.ofCents(cents).toEuroString();
    }
}
