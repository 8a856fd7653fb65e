package org.caresettle.core.reference.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.core.reference.Allocation;
import org.caresettle.core.reference.AllocationStatus;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Bsn;
import org.caresettle.core.value.Frequency;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Product;
import org.caresettle.core.value.Unit;

/**
 * {@code allocations.csv}: formats, the 11-proof of the BSN, an allocation number unique per
 * municipality, known municipality and provider, and an end not before the start.
 */
final class AllocationRules {

    private AllocationRules() {
    }

    /** @param keys the allocations outcomes may name, as {@link #key(String, String)} */
    record Result(List<Allocation> allocations, KnownKeys keys) {
    }

    /**
     * The key of an allocation as ReferenceData looks it up: allocation numbers are integers in
     * the iJw messages, so {@code 01001} and {@code 1001} are one allocation and must be unique as one.
     * The number is already checked to be 1 to 9 digits.
     */
    static String key(String municipalityCode, String allocationNumber) {
        return municipalityCode + "/" + Long.parseLong(allocationNumber);
    }

    /**
     * Streams the table (a national file has millions of rows) and keeps per row only its key,
     * plus the {@link Allocation} itself when {@code keepAllocations}.
     */
    static Result check(ReferenceTable table, Violations violations, KnownKeys municipalities, KnownKeys providers,
            boolean keepAllocations) {
        KnownKeys keys = new KnownKeys();
        Map<String, Integer> firstLine = new HashMap<>();
        List<Allocation> allocations = new ArrayList<>();
        boolean complete = TableRows.forEach(table, violations, row -> {
            String number = row.allocationNumber("allocation_number");
            MunicipalityCode municipality = row.municipalityCode("municipality_code");
            String bsn = row.bsnDigits("bsn", Rule.BSN_ELEVEN_PROOF);
            AgbCode provider = row.agbCode("provider_agb");
            Law law = row.law("law");
            String category = row.category("category");
            String code = row.productCode("code", false);
            LocalDate start = row.date("start_date", true);
            LocalDate end = row.date("end_date", false);
            Long volume = row.amount("volume", true);
            Unit unit = row.unit("unit", true);
            Frequency frequency = row.frequency("frequency");
            Long budget = row.amount("budget_cents", false);
            AllocationStatus status = row.enumValue("status", AllocationStatus.class);
            String label = "allocation" + (number != null ? " " + number : "")
                    + (municipality != null ? " of " + municipality : "");

            if (number == null || municipality == null) {
                keys.markIncomplete();
            } else {
                String key = key(municipality.value(), number);
                keys.add(key);
                Integer first = firstLine.putIfAbsent(key, row.lineNumber());
                if (first != null) {
                    row.fail("allocation_number", Rule.UNIQUE_KEY,
                            label + " is listed again (first on line " + first + ")");
                }
            }
            if (municipality != null && municipalities.isSurelyUnknown(municipality.value())) {
                row.fail("municipality_code", Rule.UNKNOWN_MUNICIPALITY,
                        label + ": municipality " + municipality + " is not in municipalities.csv");
            }
            if (provider != null && providers.isSurelyUnknown(provider.value())) {
                row.fail("provider_agb", Rule.UNKNOWN_PROVIDER,
                        label + ": provider " + provider + " is not in providers.csv");
            }
            if (start != null && end != null && end.isBefore(start)) {
                row.fail("end_date", Rule.END_BEFORE_START,
                        label + ": end_date " + end + " is before start_date " + start);
            }
            if (row.ok() && keepAllocations) {
                allocations.add(new Allocation(number, municipality, Bsn.of(bsn), provider,
                        new Product(law, category, code), start, end, volume, unit, frequency, budget, status));
            }
        });
        if (!complete) {
            keys.markIncomplete();
        }
        return new Result(allocations, keys);
    }
}
