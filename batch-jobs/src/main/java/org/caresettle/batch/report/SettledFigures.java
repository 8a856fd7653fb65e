package org.caresettle.batch.report;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;

/**
 * What the stored invoices of the latest versions say about each municipality: the invoice TOTAL of P
 * ({@code null} without an invoice in P), the spend per law over the year's periods up to P (every line
 * but TOTAL, as {@link org.caresettle.core.risk.SpendByLaw} counts it), and the pooling adjustment of P
 * and of the year to date.
 */
record SettledFigures(Map<MunicipalityCode, Figures> byMunicipality) {

    /** One municipality's figures; mutable while the query result is folded in. */
    static final class Figures {
        Long invoiceTotalCents;
        final Map<Law, Long> spentToDateCents = new EnumMap<>(Law.class);
        long periodAdjustmentCents;
        long yearAdjustmentCents;

        long spent(Law law) {
            return spentToDateCents.getOrDefault(law, 0L);
        }
    }

    static SettledFigures empty() {
        return new SettledFigures(new HashMap<>());
    }

    Figures of(MunicipalityCode municipality) {
        return byMunicipality.getOrDefault(municipality, new Figures());
    }

    Figures edit(MunicipalityCode municipality) {
        return byMunicipality.computeIfAbsent(municipality, m -> new Figures());
    }
}
