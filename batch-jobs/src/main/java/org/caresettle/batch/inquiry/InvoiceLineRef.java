package org.caresettle.batch.inquiry;

import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;

/**
 * A DIRECT invoice line as the drill-down names it: the period, municipality, provider and product
 * ({@code code} null for a line on a whole category). The financing is left out: it is not stored on
 * declaration lines (see explain.LineGroup).
 */
public record InvoiceLineRef(Period period, MunicipalityCode municipality, AgbCode provider, Law law, String category,
        String code) {
}
