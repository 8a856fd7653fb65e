package org.caresettle.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.settlement.Invoice;
import org.caresettle.core.settlement.LineType;
import org.caresettle.core.settlement.StatementLine;
import org.caresettle.core.settlement.StatementLineKey;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.caresettle.core.value.Unit;
import org.junit.jupiter.api.Test;

class SpendByLawTest {

    private static final MunicipalityCode HOORN = MunicipalityCode.of("0405");
    private static final AgbCode YOUTH = AgbCode.of("12345678");
    private static final AgbCode WMO = AgbCode.of("87654321");

    @Test
    void sumsEveryLineButTheTotalPerLaw() {
        // SPEC 12 style: JW = 68 400 (DIRECT) + 55 001 (AVAILABILITY) + 272 250 (POOLING_ADJUSTMENT) = 395 651;
        // WMO = 186 000; the TOTAL (581 651) is not counted again.
        Invoice invoice = new Invoice(HOORN, "WF", Period.of(2026, 3), 1, List.of(
                line(LineType.DIRECT, YOUTH, Law.JW, "45", "45A01", Financing.PERFORMANCE, Unit.HOUR, 68_400),
                line(LineType.DIRECT, WMO, Law.WMO, "02", "02A01", Financing.PERFORMANCE, Unit.HOUR, 186_000),
                line(LineType.AVAILABILITY, YOUTH, Law.JW, "46", null, Financing.AVAILABILITY, null, 55_001),
                line(LineType.POOLING_ADJUSTMENT, null, Law.JW, null, null, null, null, 272_250),
                line(LineType.TOTAL, null, null, null, null, null, null, 581_651)));

        assertThat(SpendByLaw.of(invoice)).containsEntry(Law.JW, 395_651L).containsEntry(Law.WMO, 186_000L);
    }

    @Test
    void aLawWithoutLinesIsZero() {
        Invoice invoice = new Invoice(HOORN, "WF", Period.of(2026, 3), 1, List.of(
                line(LineType.POOLING_ADJUSTMENT, null, Law.JW, null, null, null, null, -5),
                line(LineType.TOTAL, null, null, null, null, null, null, -5)));

        assertThat(SpendByLaw.of(invoice)).containsEntry(Law.JW, -5L).containsEntry(Law.WMO, 0L);
    }

    private static StatementLine line(LineType type, AgbCode provider, Law law, String category, String code,
            Financing financing, Unit unit, long amount) {
        return new StatementLine(new StatementLineKey(type, HOORN, provider, law, category, code, financing, unit),
                0, null, 0, amount);
    }
}
