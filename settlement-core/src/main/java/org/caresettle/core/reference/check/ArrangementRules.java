package org.caresettle.core.reference.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.core.reference.Arrangement;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.BasisPoints;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.Product;
import org.caresettle.core.value.Unit;

/**
 * {@code arrangements.csv}: formats, a unique id, known provider and region, validity not
 * ending before it starts, the terms of its financing type, and no two arrangements of one
 * provider, region and product (an empty code being a product of its own) valid on one day.
 */
final class ArrangementRules {

    private ArrangementRules() {
    }

    private record Scope(AgbCode provider, String region, Product product) {
    }

    private record Labelled(CellReader row, String label) {
    }

    static List<Arrangement> check(ReferenceTable table, Violations violations, KnownKeys providers,
            KnownKeys regions) {
        TableRows read = TableRows.read(table, violations);
        Map<String, Integer> firstLine = new HashMap<>();
        List<ArrangementOverlap.Span<Labelled>> spans = new ArrayList<>();
        List<Arrangement> arrangements = new ArrayList<>();
        for (CellReader row : read.rows()) {
            String id = row.identifier("arrangement_id");
            AgbCode provider = row.agbCode("provider_agb");
            String region = row.identifier("region_code");
            Law law = row.law("law");
            String category = row.category("category");
            String code = row.productCode("code", false);
            Financing financing = row.enumValue("financing", Financing.class);
            Unit unit = row.unit("unit", false);
            Long tariff = row.amount("tariff_cents", false);
            LocalDate from = row.date("valid_from", true);
            LocalDate to = row.date("valid_to", false);
            BasisPoints withhold = row.basisPoints("withhold_bp");
            BasisPoints partialRelease = row.basisPoints("partial_release_bp");
            Long annual = row.amount("annual_amount_cents", false);
            String label = id != null ? "arrangement " + id : "arrangement";

            if (id != null) {
                Integer first = firstLine.putIfAbsent(id, row.lineNumber());
                if (first != null) {
                    row.fail("arrangement_id", Rule.UNIQUE_KEY,
                            label + " is listed again (first on line " + first + ")");
                }
            }
            if (provider != null && providers.isSurelyUnknown(provider.value())) {
                row.fail("provider_agb", Rule.UNKNOWN_PROVIDER,
                        label + ": provider " + provider + " is not in providers.csv");
            }
            if (region != null && regions.isSurelyUnknown(region)) {
                row.fail("region_code", Rule.UNKNOWN_REGION,
                        label + ": region " + region + " is the region of no municipality in municipalities.csv");
            }
            boolean endBeforeStart = from != null && to != null && to.isBefore(from);
            if (endBeforeStart) {
                row.fail("valid_to", Rule.END_BEFORE_START,
                        label + ": valid_to " + to + " is before valid_from " + from);
            }
            boolean termsReadable = !row.failed("unit") && !row.failed("tariff_cents") && !row.failed("withhold_bp")
                    && !row.failed("partial_release_bp") && !row.failed("annual_amount_cents");
            if (financing != null && termsReadable) {
                FinancingRules.check(row, label, new FinancingRules.Terms(
                        financing, unit, tariff, withhold, partialRelease, annual));
            }
            Product product = law != null && category != null && !row.failed("code")
                    ? new Product(law, category, code) : null;
            if (provider != null && region != null && product != null && from != null
                    && !row.failed("valid_to") && !endBeforeStart) {
                spans.add(new ArrangementOverlap.Span<>(new Scope(provider, region, product), from, to,
                        row.lineNumber(), new Labelled(row, label)));
            }
            if (row.ok()) {
                arrangements.add(new Arrangement(id, provider, region, product, financing, unit, tariff, from, to,
                        withhold == null ? BasisPoints.ZERO : withhold,
                        partialRelease == null ? BasisPoints.ZERO : partialRelease, annual));
            }
        }
        ArrangementOverlap.find(spans, (later, earlier) -> {
            Scope scope = (Scope) later.group();
            later.owner().row().fail("valid_from", Rule.ARRANGEMENT_OVERLAP, later.owner().label()
                    + " (" + validity(later) + ") overlaps " + earlier.owner().label()
                    + " of line " + earlier.lineNumber() + " (" + validity(earlier) + ") for provider "
                    + scope.provider() + " in region " + scope.region() + ", product " + scope.product());
        });
        return arrangements;
    }

    private static String validity(ArrangementOverlap.Span<?> span) {
        return span.from() + " to " + (span.to() == null ? "open" : span.to().toString());
    }
}
