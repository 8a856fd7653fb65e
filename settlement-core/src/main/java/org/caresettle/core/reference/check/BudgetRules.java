package org.caresettle.core.reference.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.core.reference.Budget;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;

/** {@code budgets.csv}: formats, one budget per municipality, year and law, a known municipality. */
final class BudgetRules {

    private BudgetRules() {
    }

    private record Key(MunicipalityCode municipality, int year, Law law) {
    }

    static List<Budget> check(ReferenceTable table, Violations violations, KnownKeys municipalities) {
        TableRows read = TableRows.read(table, violations);
        Map<Key, Integer> firstLine = new HashMap<>();
        List<Budget> budgets = new ArrayList<>();
        for (CellReader row : read.rows()) {
            MunicipalityCode municipality = row.municipalityCode("municipality_code");
            Integer year = row.year("year");
            Law law = row.law("law");
            Long cents = row.amount("budget_cents", true);
            if (municipality != null && year != null && law != null) {
                Integer first = firstLine.putIfAbsent(new Key(municipality, year, law), row.lineNumber());
                if (first != null) {
                    row.fail("municipality_code", Rule.UNIQUE_KEY, "budget of " + municipality + " for " + law
                            + " in " + year + " is listed again (first on line " + first + ")");
                }
            }
            if (municipality != null && municipalities.isSurelyUnknown(municipality.value())) {
                row.fail("municipality_code", Rule.UNKNOWN_MUNICIPALITY,
                        "municipality " + municipality + " is not in municipalities.csv");
            }
            if (row.ok()) {
                budgets.add(new Budget(municipality, year, law, cents));
            }
        }
        return budgets;
    }
}
