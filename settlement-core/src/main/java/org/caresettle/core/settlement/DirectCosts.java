package org.caresettle.core.settlement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Product;

/**
 * The period's accepted lines added up per invoice line as they stream past, and the pooled costs
 * per municipality (SPEC 8). Memory grows with municipalities × providers × products, not lines.
 */
final class DirectCosts {

    private final Map<StatementLineKey, LineSum> sums = new HashMap<>();
    private final Map<MunicipalityCode, Long> pooled = new HashMap<>();

    void add(PricedLine priced) {
        AcceptedLine line = priced.line();
        Product product = line.product();
        StatementLineKey key = new StatementLineKey(LineType.DIRECT, line.municipality(), line.provider(),
                product.law(), product.category(), product.code(), priced.financing(), line.unit());
        sums.computeIfAbsent(key, k -> new LineSum())
                .add(1, line.signedVolume(), priced.withheldCents(), priced.costCents());
        if (priced.pooled()) {
            pooled.merge(line.municipality(), priced.costCents(), Math::addExact);
        }
    }

    List<StatementLine> lines() {
        List<StatementLine> lines = new ArrayList<>();
        sums.forEach((key, sum) -> lines.add(sum.toLine(key)));
        return lines;
    }

    /** pooled(m) of the direct costs alone; releases on pooled products are added by the caller. */
    Map<MunicipalityCode, Long> pooled() {
        return pooled;
    }
}
