package org.caresettle.core.reference.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.core.reference.Provider;
import org.caresettle.core.value.AgbCode;

/** {@code providers.csv}: formats and a unique AGB code. */
final class ProviderRules {

    private ProviderRules() {
    }

    /** @param agbCodes the AGB codes arrangements and allocations may use */
    record Result(List<Provider> providers, KnownKeys agbCodes) {
    }

    static Result check(ReferenceTable table, Violations violations) {
        TableRows read = TableRows.read(table, violations);
        KnownKeys agbCodes = new KnownKeys();
        if (!read.complete()) {
            agbCodes.markIncomplete();
        }
        Map<AgbCode, Integer> firstLine = new HashMap<>();
        List<Provider> providers = new ArrayList<>();
        for (CellReader row : read.rows()) {
            AgbCode agb = row.agbCode("agb_code");
            String name = row.name("name");
            if (agb == null) {
                agbCodes.markIncomplete();
            } else {
                agbCodes.add(agb.value());
                Integer first = firstLine.putIfAbsent(agb, row.lineNumber());
                if (first != null) {
                    row.fail("agb_code", Rule.UNIQUE_KEY,
                            "provider " + agb + " is listed again (first on line " + first + ")");
                }
            }
            if (row.ok()) {
                providers.add(new Provider(agb, name));
            }
        }
        return new Result(providers, agbCodes);
    }
}
