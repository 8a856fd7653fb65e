package org.caresettle.batch.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caresettle.core.explain.InvoiceDifference;
import org.caresettle.core.explain.InvoiceExplainer;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.settlement.LineType;
import org.caresettle.core.settlement.StatementLine;
import org.caresettle.core.settlement.StatementLineKey;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.DebitCredit;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.caresettle.core.value.Unit;
import org.junit.jupiter.api.Test;

/** The text without a database: the cap on declaration lines, credits, and a check that fails. */
class ExplanationTextTest {

    static final MunicipalityCode HOORN = MunicipalityCode.of("0405");
    static final Period MARCH = Period.of(2026, 3);
    static final StatementLineKey DIRECT = new StatementLineKey(LineType.DIRECT, HOORN, AgbCode.of("12345678"), Law.JW,
            "45", "45A01", Financing.PERFORMANCE, Unit.parse("04"));
    static final StatementLineKey TOTAL = new StatementLineKey(LineType.TOTAL, HOORN, null, null, null, null, null, null);

    @Test
    void atMostTenLinesAreShownAndTheRestCounted() {
        LinesBehind behind = new LinesBehind(InvoiceComparisons.LINES_SHOWN);
        for (int i = 12; i >= 1; i--) {
            behind.add(new DeclarationLineRef(MARCH, "R" + i, null, DebitCredit.D, 1, 8550, "f.csv", "M1"));
        }
        behind.add(new DeclarationLineRef(MARCH, "R13", "R1", DebitCredit.C, 1, 8550, "g.csv", "M2"));

        String text = text(List.of(new StatementLine(DIRECT, 13, 11L, 0, 94050), new StatementLine(TOTAL, 13, null, 0, 94050)),
                Map.of(LineGroup.of(DIRECT), behind));

        assertThat(text).contains("declaration lines: 13, latest first\n")
                .contains("2026-03 R12 D volume 1 amount 85.50, file f.csv, message M1\n")
                .contains("2026-03 R3 D volume 1")
                .doesNotContain("R2 D").doesNotContain("R13")
                .contains("  and 3 more\n");
    }

    @Test
    void aCreditShowsTheDebitItReversesWithItsSign() {
        LinesBehind behind = new LinesBehind(10);
        behind.add(new DeclarationLineRef(MARCH, "R2", "R1", DebitCredit.C, 8, 68400, "g.csv", "M2"));

        String text = text(List.of(new StatementLine(DIRECT, 1, -8L, 0, -68400), new StatementLine(TOTAL, 1, null, 0, -68400)),
                Map.of(LineGroup.of(DIRECT), behind));

        assertThat(text).contains("2026-03 R2 C (credits R1) volume -8 amount -684.00, file g.csv, message M2\n");
    }

    @Test
    void totalsThatTheLinesDoNotAddUpToAreSaid() {
        String text = text(List.of(new StatementLine(DIRECT, 1, 8L, 0, 68400), new StatementLine(TOTAL, 1, null, 0, 68401)),
                Map.of());

        assertThat(text).contains("check: volume +684.00 + tariff 0.00 + releases 0.00 + availability 0.00 + pooling 0.00"
                + " = +684.00, but the totals differ by +684.01: DOES NOT ADD UP");
    }

    private static String text(List<StatementLine> current, Map<LineGroup, LinesBehind> lines) {
        VersionRef v1 = new VersionRef(MARCH, 1, 1);
        VersionRef v2 = new VersionRef(MARCH, 2, 2);
        InvoiceDifference difference = InvoiceExplainer.between(List.of(), current);
        Comparison comparison = new Comparison(v1, v2, false, difference, lines);
        return ExplanationText.of(new Explanation(HOORN, Optional.of("Hoorn"), v2, Path.of("statements/2026-03/v2/invoice_0405.csv"),
                true, Optional.empty(), Optional.of(comparison)));
    }
}
