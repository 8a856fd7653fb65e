package org.caresettle.core.settlement;

import java.util.List;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;

/** A municipality's invoice of a period and version: its lines in SPEC 9 order, the TOTAL last. */
public record Invoice(MunicipalityCode municipality, String regionCode, Period period, int version,
        List<StatementLine> lines) {

    public Invoice {
        lines = List.copyOf(lines);
    }

    public StatementLine total() {
        return lines.get(lines.size() - 1);
    }
}
