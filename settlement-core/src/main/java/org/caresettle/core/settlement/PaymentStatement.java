package org.caresettle.core.settlement;

import java.util.List;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Period;

/**
 * What the region pays a provider in a period and version: its DIRECT, OUTCOME_RELEASE and
 * AVAILABILITY lines per municipality and product, the TOTAL last. Pooling adjustments move money
 * between municipalities only, so they are not on it.
 */
public record PaymentStatement(AgbCode provider, Period period, int version, List<StatementLine> lines) {

    public PaymentStatement {
        lines = List.copyOf(lines);
    }

    public StatementLine total() {
        return lines.get(lines.size() - 1);
    }
}
