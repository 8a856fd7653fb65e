package org.caresettle.batch.settle;

import java.util.List;
import org.caresettle.batch.statement.StatementKind;
import org.caresettle.batch.testsupport.BulkRows;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.settlement.Correction;
import org.caresettle.core.settlement.LineType;
import org.caresettle.core.settlement.StatementLine;
import org.caresettle.core.settlement.StatementLineKey;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Unit;
import org.junit.jupiter.api.Test;

/** The bulk-inserted rows of a settlement version fit their field lists, position by position. */
class SettlementVersionRowsTest {

    private static final StatementLineKey KEY = new StatementLineKey(LineType.DIRECT, MunicipalityCode.of("0405"),
            AgbCode.of("12345678"), Law.JW, "45", "45A01", Financing.PERFORMANCE, Unit.parse("04"));

    @Test
    void aStatementLineRowFitsItsFields() {
        StatementLine line = new StatementLine(KEY, 3, 8L, 100, 68400);
        BulkRows.assertFits(SettlementVersionRepository.STATEMENT_LINE_FIELDS,
                SettlementVersionRepository.statementLineValues(7L, StatementKind.INVOICE, 1, line));
    }

    @Test
    void aCorrectionRowFitsItsFields() {
        Correction correction = new Correction(KEY, Correction.Change.CHANGED, 68400, 59850);
        BulkRows.assertFits(SettlementVersionRepository.CORRECTION_FIELDS,
                SettlementVersionRepository.correctionValues(7L, correction));
    }
}
