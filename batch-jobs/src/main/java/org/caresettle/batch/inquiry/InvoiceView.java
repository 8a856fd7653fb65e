package org.caresettle.batch.inquiry;

import java.util.List;
import org.caresettle.core.settlement.StatementLine;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;

/**
 * A municipality's invoice of one version: its lines in the order of its file (TOTAL last), the
 * corrections of this version against the previous one, and the names beside the codes.
 */
public record InvoiceView(Period period, int version, MunicipalityCode municipality, List<StatementLine> lines,
        List<CorrectionRow> corrections, ReferenceNames names) {

    public InvoiceView {
        lines = List.copyOf(lines);
        corrections = List.copyOf(corrections);
    }
}
