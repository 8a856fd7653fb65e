package org.caresettle.core.risk;

import java.util.EnumMap;
import java.util.Map;
import org.caresettle.core.settlement.Invoice;
import org.caresettle.core.settlement.LineType;
import org.caresettle.core.settlement.StatementLine;
import org.caresettle.core.value.Law;

/**
 * An invoice's amount per law, as the budget forecast counts spend: every line but the TOTAL (which
 * has no law and would count everything twice). The shell sums these over the year's periods; for
 * periods already written it may as well run the same sum in SQL over the stored invoice lines.
 */
public final class SpendByLaw {

    private SpendByLaw() {
    }

    public static Map<Law, Long> of(Invoice invoice) {
        Map<Law, Long> spend = new EnumMap<>(Law.class);
        for (Law law : Law.values()) {
            spend.put(law, 0L);
        }
        for (StatementLine line : invoice.lines()) {
            if (line.type() == LineType.TOTAL) {
                continue;
            }
            Law law = line.key().law();
            if (law == null) {
                throw new IllegalArgumentException("invoice line without a law: " + line);
            }
            spend.merge(law, line.amountCents(), Math::addExact);
        }
        return spend;
    }
}
