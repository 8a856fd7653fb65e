package org.caresettle.core.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caresettle.core.settlement.WorkedExample.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caresettle.core.reference.Arrangement;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.value.DebitCredit;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Product;
import org.caresettle.core.value.Unit;
import org.junit.jupiter.api.Test;

/** SPEC 7.1 and 7.2 per line. */
class LinePricerTest {

    private final LinePricer pricer = new LinePricer(reference());

    @Test
    void performanceCostsTheAmount() {
        PricedLine priced = pricer.price(march1001());
        assertThat(priced.costCents()).isEqualTo(68_400);
        assertThat(priced.withheldCents()).isZero();
        assertThat(priced.financing()).isEqualTo(Financing.PERFORMANCE);
        assertThat(priced.regionCode()).isEqualTo("WF");
        assertThat(priced.pooled()).isFalse();
    }

    @Test
    void resultWithholdsRoundedHalfUp() {
        // 12345 × 10 % = 1234.5 -> 1235 withheld, 11110 now.
        PricedLine priced = pricer.price(resultLine(12_345, DebitCredit.D));
        assertThat(priced.withheldCents()).isEqualTo(1_235);
        assertThat(priced.costCents()).isEqualTo(11_110);
        assertThat(priced.signedAmountCents()).isEqualTo(12_345);
        assertThat(priced.pooled()).isTrue();
    }

    @Test
    void aCreditPricesAsExactlyMinusItsDebit() {
        for (long amount : new long[] {0, 1, 5, 12_345, 450_000, 99_999_999}) {
            PricedLine debit = pricer.price(resultLine(amount, DebitCredit.D));
            PricedLine credit = pricer.price(resultLine(amount, DebitCredit.C));
            assertThat(credit.costCents()).isEqualTo(-debit.costCents());
            assertThat(credit.withheldCents()).isEqualTo(-debit.withheldCents());
        }
    }

    @Test
    void aSpecificCodeWinsOverTheCategoryWideArrangement() {
        Arrangement wide = new Arrangement("W", YOUTH_PROVIDER, "WF", new Product(Law.JW, "43", null),
                Financing.PERFORMANCE, Unit.PIECE_OUTPUT, 450_000L, YEAR_START, YEAR_END, null, null, null);
        List<Arrangement> arrangements = new ArrayList<>(arrangements());
        arrangements.add(wide);
        LinePricer both = new LinePricer(reference(arrangements, key2026(), List.of()));
        assertThat(both.price(march2001()).arrangement().arrangementId()).isEqualTo("A2");

        AcceptedLine otherCode = new AcceptedLine(9, MARCH, ENKHUIZEN, YOUTH_PROVIDER, new Product(Law.JW, "43", "43B02"),
                "2001", LocalDate.of(2026, 3, 1), 1, Unit.PIECE_OUTPUT, 450_000, DebitCredit.D, 9);
        PricedLine priced = both.price(otherCode);
        assertThat(priced.arrangement().arrangementId()).isEqualTo("W");
        // 43B02 is not in products.csv: it counts as not pooled.
        assertThat(priced.pooled()).isFalse();
    }

    @Test
    void theArrangementIsTheOneValidOnTheProductStart() {
        List<Arrangement> arrangements = List.of(
                result43("OLD", YEAR_START, LocalDate.of(2026, 2, 28), 1000, 5000),
                result43("NEW", LocalDate.of(2026, 3, 1), YEAR_END, 2000, 5000));
        LinePricer pricer = new LinePricer(reference(arrangements, key2026(), List.of()));
        assertThat(pricer.price(february2001()).withheldCents()).isEqualTo(45_000);
        assertThat(pricer.price(march2001()).withheldCents()).isEqualTo(90_000);
    }

    @Test
    void aLineWithoutArrangementIsRefusedByLineId() {
        ReferenceData noResult = reference(List.of(performance45(), performanceWmo(), availability46()), key2026(), List.of());
        assertThatThrownBy(() -> new LinePricer(noResult).price(march2001()))
                .isInstanceOf(UnpriceableLineException.class)
                .isInstanceOf(SettlementRefusedException.class)
                .hasMessageContaining("line 3").hasMessageContaining("region WF").hasMessageContaining("2026-03-01");
    }

    @Test
    void aLineUnderAnAvailabilityArrangementIsRefused() {
        AcceptedLine line = new AcceptedLine(7, MARCH, HOORN, YOUTH_PROVIDER, new Product(Law.JW, "46", "46A01"),
                "1001", LocalDate.of(2026, 3, 1), 1, Unit.HOUR, 100, DebitCredit.D, 7);
        assertThatThrownBy(() -> pricer.price(line)).isInstanceOf(UnpriceableLineException.class)
                .hasMessageContaining("AVAILABILITY");
    }

    @Test
    void aMunicipalityWithoutRegionIsRefused() {
        AcceptedLine line = new AcceptedLine(8, MARCH, MunicipalityCode.of("0999"), YOUTH_PROVIDER, P45A01,
                "1001", LocalDate.of(2026, 3, 1), 1, Unit.HOUR, 8_550, DebitCredit.D, 8);
        assertThatThrownBy(() -> pricer.price(line)).isInstanceOf(UnpriceableLineException.class)
                .hasMessageContaining("0999");
    }

    private static AcceptedLine resultLine(long amount, DebitCredit dc) {
        return new AcceptedLine(6, MARCH, ENKHUIZEN, YOUTH_PROVIDER, P43A01, "2001", LocalDate.of(2026, 3, 1), 1,
                Unit.PIECE_OUTPUT, amount, dc, 6);
    }
}
