package org.caresettle.sampledata.generator;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.caresettle.sampledata.generator.Model.Allocation;
import org.caresettle.sampledata.generator.Model.Arrangement;
import org.caresettle.sampledata.generator.Model.Municipality;
import org.caresettle.sampledata.generator.Model.Outcome;
import org.caresettle.sampledata.generator.Model.Provider;
import org.caresettle.sampledata.generator.Model.Region;

/** Writes the eight reference files of SPEC section 3 (UTF-8, comma, LF, header in SPEC order). */
final class ReferenceFiles {

    static final List<String> FILE_NAMES = List.of("municipalities.csv", "providers.csv", "products.csv",
            "arrangements.csv", "allocations.csv", "pooling_keys.csv", "budgets.csv", "outcomes.csv");

    private ReferenceFiles() {
    }

    /** Returns the number of data rows written. */
    static long write(ReferenceModel model, Path folder) throws IOException {
        long rows = 0;
        try (Writer w = TextFiles.open(folder.resolve("municipalities.csv"))) {
            w.write("municipality_code,name,region_code\n");
            for (Municipality m : model.municipalities) {
                row(w, m.code, m.name, m.region.code);
                rows++;
            }
        }
        try (Writer w = TextFiles.open(folder.resolve("providers.csv"))) {
            w.write("agb_code,name\n");
            for (Provider p : model.providers) {
                row(w, p.agb, p.name);
                rows++;
            }
        }
        try (Writer w = TextFiles.open(folder.resolve("products.csv"))) {
            w.write("law,category,code,description,pooled\n");
            for (ProductSpec p : ProductSpec.ALL) {
                row(w, p.law(), p.category(), p.code(), p.description(), Boolean.toString(p.pooled()));
                rows++;
            }
        }
        try (Writer w = TextFiles.open(folder.resolve("arrangements.csv"))) {
            w.write("arrangement_id,provider_agb,region_code,law,category,code,financing,unit,tariff_cents,valid_from,"
                    + "valid_to,withhold_bp,partial_release_bp,annual_amount_cents\n");
            for (Arrangement a : model.arrangements) {
                boolean result = a.financing.equals(ProductSpec.RESULT);
                row(w, a.id, a.provider.agb, a.region.code, a.product.law(), a.product.category(), a.code, a.financing,
                        a.unit, a.tariff < 0 ? "" : Long.toString(a.tariff), Dates.text(a.validFrom),
                        Dates.textOrEmpty(a.validTo), result ? Integer.toString(a.withholdBp) : "",
                        result ? Integer.toString(a.partialReleaseBp) : "",
                        a.annualAmount < 0 ? "" : Long.toString(a.annualAmount));
                rows++;
            }
        }
        try (Writer w = TextFiles.open(folder.resolve("allocations.csv"))) {
            w.write("allocation_number,municipality_code,bsn,provider_agb,law,category,code,start_date,end_date,volume,"
                    + "unit,frequency,budget_cents,status\n");
            for (Allocation a : model.allocations) {
                row(w, a.number, a.municipality.code, a.bsn, a.provider.agb, a.product.law(), a.product.category(),
                        a.code, Dates.text(a.start), Dates.textOrEmpty(a.end), Long.toString(a.volume), a.unit,
                        a.frequency, a.budget < 0 ? "" : Long.toString(a.budget), a.deleted ? "DELETED" : "ACTIVE");
                rows++;
            }
        }
        try (Writer w = TextFiles.open(folder.resolve("pooling_keys.csv"))) {
            w.write("region_code,year,municipality_code,share\n");
            for (Region region : model.regions) {
                long[] shares = model.shares.get(region);
                for (int i = 0; i < shares.length; i++) {
                    row(w, region.code, Integer.toString(ReferenceModel.YEAR), region.municipalities.get(i).code,
                            share(shares[i]));
                    rows++;
                }
            }
        }
        try (Writer w = TextFiles.open(folder.resolve("budgets.csv"))) {
            w.write("municipality_code,year,law,budget_cents\n");
            for (Municipality m : model.municipalities) {
                row(w, m.code, Integer.toString(ReferenceModel.YEAR), "JW", Long.toString(model.budgets[m.index][0]));
                row(w, m.code, Integer.toString(ReferenceModel.YEAR), "WMO", Long.toString(model.budgets[m.index][1]));
                rows += 2;
            }
        }
        try (Writer w = TextFiles.open(folder.resolve("outcomes.csv"))) {
            w.write("allocation_number,municipality_code,reported_on,outcome\n");
            for (Outcome o : model.outcomes) {
                row(w, o.allocation().number, o.allocation().municipality.code, Dates.text(o.reportedOn()), o.outcome());
                rows++;
            }
        }
        return rows;
    }

    /** Millionths as a decimal with 6 places: 550000 → 0.550000, 1000000 → 1.000000. */
    static String share(long millionths) {
        return (millionths / 1_000_000) + "." + ReferenceModel.pad(millionths % 1_000_000, 6);
    }

    private static void row(Writer w, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(cells[i]));
        }
        w.write('\n');
    }

    /** RFC 4180 quoting, only where a cell needs it (a name with a comma). */
    static String quote(String cell) {
        boolean needs = false;
        for (int i = 0; i < cell.length() && !needs; i++) {
            char c = cell.charAt(i);
            needs = c == ',' || c == ';' || c == '"' || c == '\n' || c == '\r';
        }
        if (!needs && (cell.isEmpty() || (cell.charAt(0) != ' ' && cell.charAt(cell.length() - 1) != ' '))) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
