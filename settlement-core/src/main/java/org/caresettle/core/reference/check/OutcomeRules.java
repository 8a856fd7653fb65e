package org.caresettle.core.reference.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.core.reference.Outcome;
import org.caresettle.core.reference.OutcomeKind;
import org.caresettle.core.value.MunicipalityCode;

/** {@code outcomes.csv}: formats, at most one outcome per allocation, and an allocation that exists. */
final class OutcomeRules {

    private OutcomeRules() {
    }

    static List<Outcome> check(ReferenceTable table, Violations violations, KnownKeys municipalities,
            KnownKeys allocations) {
        TableRows read = TableRows.read(table, violations);
        Map<String, Integer> firstLine = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (CellReader row : read.rows()) {
            String number = row.allocationNumber("allocation_number");
            MunicipalityCode municipality = row.municipalityCode("municipality_code");
            LocalDate reportedOn = row.date("reported_on", true);
            OutcomeKind kind = row.enumValue("outcome", OutcomeKind.class);
            if (number != null && municipality != null) {
                String key = AllocationRules.key(municipality.value(), number);
                String label = "allocation " + number + " of " + municipality;
                Integer first = firstLine.putIfAbsent(key, row.lineNumber());
                if (first != null) {
                    row.fail("allocation_number", Rule.OUTCOME_UNIQUE,
                            label + " already has an outcome on line " + first);
                }
                if (municipalities.isSurelyUnknown(municipality.value())) {
                    row.fail("municipality_code", Rule.UNKNOWN_MUNICIPALITY,
                            label + ": municipality " + municipality + " is not in municipalities.csv");
                } else if (allocations.isSurelyUnknown(key)) {
                    row.fail("allocation_number", Rule.UNKNOWN_ALLOCATION,
                            label + " is not in allocations.csv");
                }
            } else if (municipality != null && municipalities.isSurelyUnknown(municipality.value())) {
                row.fail("municipality_code", Rule.UNKNOWN_MUNICIPALITY,
                        "municipality " + municipality + " is not in municipalities.csv");
            }
            if (row.ok()) {
                outcomes.add(new Outcome(number, municipality, reportedOn, kind));
            }
        }
        return outcomes;
    }
}
