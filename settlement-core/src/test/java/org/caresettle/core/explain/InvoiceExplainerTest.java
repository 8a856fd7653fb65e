package org.caresettle.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.settlement.LineType;
import org.caresettle.core.settlement.StatementLine;
import org.caresettle.core.settlement.StatementLineKey;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Unit;
import org.junit.jupiter.api.Test;

/**
 * Hoorn's invoice of SPEC 12 explained by hand. February 2026: no lines of its own; availability
 * 100001 → 55001, pool 405000 (Enkhuizen's result line) → 222750. March: 8 h at 85.50 = 68400,
 * availability 55001, pool 495000 → 272250. Difference 395651 − 277751 = 117900 = 68400 volume +
 * 49500 pooling.
 */
class InvoiceExplainerTest {

    static final MunicipalityCode HOORN = MunicipalityCode.of("0405");
    static final AgbCode PROVIDER = AgbCode.of("12345678");
    static final StatementLineKey DIRECT_45A01 = new StatementLineKey(LineType.DIRECT, HOORN, PROVIDER, Law.JW, "45",
            "45A01", Financing.PERFORMANCE, Unit.parse("04"));
    static final StatementLineKey RELEASE_43A01 = new StatementLineKey(LineType.OUTCOME_RELEASE, HOORN, PROVIDER, Law.JW,
            "43", "43A01", Financing.RESULT, null);
    static final StatementLineKey AVAILABILITY_46 = new StatementLineKey(LineType.AVAILABILITY, HOORN, PROVIDER, Law.JW,
            "46", null, Financing.AVAILABILITY, null);
    static final StatementLineKey POOLING = new StatementLineKey(LineType.POOLING_ADJUSTMENT, HOORN, null, Law.JW, null,
            null, null, null);
    static final StatementLineKey TOTAL = new StatementLineKey(LineType.TOTAL, HOORN, null, null, null, null, null, null);

    static final List<StatementLine> FEBRUARY = List.of(
            new StatementLine(AVAILABILITY_46, 0, null, 0, 55001),
            new StatementLine(POOLING, 0, null, 0, 222750),
            new StatementLine(TOTAL, 0, null, 0, 277751));
    static final List<StatementLine> MARCH = List.of(
            new StatementLine(DIRECT_45A01, 1, 8L, 0, 68400),
            new StatementLine(AVAILABILITY_46, 0, null, 0, 55001),
            new StatementLine(POOLING, 0, null, 0, 272250),
            new StatementLine(TOTAL, 1, null, 0, 395651));

    @Test
    void hoornMarchAgainstFebruaryIsTheNewLineAndTheLargerPool() {
        InvoiceDifference difference = InvoiceExplainer.between(FEBRUARY, MARCH);

        assertThat(difference.differenceCents()).isEqualTo(117900);
        assertThat(difference.lines()).extracting(LineDifference::key).containsExactly(DIRECT_45A01, POOLING);
        assertThat(difference.lines().get(0).effects()).containsExactly(
                new Effect(Component.VOLUME, 68400), new Effect(Component.TARIFF, 0));
        assertThat(difference.lines().get(1).effects()).containsExactly(new Effect(Component.POOLING, 49500));
        assertThat(difference.componentCents(Component.VOLUME)).isEqualTo(68400);
        assertThat(difference.componentCents(Component.POOLING)).isEqualTo(49500);
        assertThat(difference.componentCents(Component.AVAILABILITY)).isZero();
        assertThat(difference.explainedCents()).isEqualTo(117900);
        assertThat(difference.addsUp()).isTrue();
    }

    @Test
    void aSecondVersionWithTwoMoreHoursAtANewTariff() {
        // v2: 10 h for 86400 (8 × 85.50 + 2 × 90.00): volume 2 × 8550 = 17100, tariff 10 × 86.40 − 10 × 85.50 = 900.
        List<StatementLine> v2 = List.of(
                new StatementLine(DIRECT_45A01, 2, 10L, 0, 86400),
                new StatementLine(AVAILABILITY_46, 0, null, 0, 55001),
                new StatementLine(POOLING, 0, null, 0, 272250),
                new StatementLine(TOTAL, 2, null, 0, 413651));

        InvoiceDifference difference = InvoiceExplainer.between(MARCH, v2);

        assertThat(difference.differenceCents()).isEqualTo(18000);
        assertThat(difference.lines()).singleElement().satisfies(line -> {
            assertThat(line.previousVolume()).isEqualTo(8);
            assertThat(line.newVolume()).isEqualTo(10);
            assertThat(line.effectCents(Component.VOLUME)).isEqualTo(17100);
            assertThat(line.effectCents(Component.TARIFF)).isEqualTo(900);
        });
        assertThat(difference.addsUp()).isTrue();
    }

    @Test
    void releasesAndVanishedLinesAreTheirOwnComponentsAndLargestComesFirst() {
        List<StatementLine> later = List.of(
                new StatementLine(RELEASE_43A01, 1, null, 0, -45000),
                new StatementLine(POOLING, 0, null, 0, 222750),
                new StatementLine(TOTAL, 1, null, 0, 177750));

        InvoiceDifference difference = InvoiceExplainer.between(MARCH, later);

        assertThat(difference.lines()).extracting(LineDifference::key)
                .containsExactly(DIRECT_45A01, AVAILABILITY_46, POOLING, RELEASE_43A01);
        assertThat(difference.componentCents(Component.VOLUME)).isEqualTo(-68400);
        assertThat(difference.componentCents(Component.AVAILABILITY)).isEqualTo(-55001);
        assertThat(difference.componentCents(Component.POOLING)).isEqualTo(-49500);
        assertThat(difference.componentCents(Component.RELEASE)).isEqualTo(-45000);
        assertThat(difference.differenceCents()).isEqualTo(177750 - 395651).isEqualTo(difference.explainedCents());
    }

    @Test
    void effectsThatCancelStillShowAndUnchangedLinesDoNot() {
        // Same money for fewer hours at a higher tariff: difference 0, volume −8550, tariff +8550.
        List<StatementLine> later = List.of(
                new StatementLine(DIRECT_45A01, 1, 7L, 0, 68400),
                new StatementLine(AVAILABILITY_46, 0, null, 0, 55001),
                new StatementLine(POOLING, 0, null, 0, 272250),
                new StatementLine(TOTAL, 1, null, 0, 395651));

        InvoiceDifference difference = InvoiceExplainer.between(MARCH, later);

        assertThat(difference.lines()).singleElement().satisfies(line -> {
            assertThat(line.differenceCents()).isZero();
            assertThat(line.effects()).containsExactly(new Effect(Component.VOLUME, -8550), new Effect(Component.TARIFF, 8550));
        });
        assertThat(InvoiceExplainer.between(MARCH, MARCH).lines()).isEmpty();
    }

    @Test
    void aMunicipalityWithoutAnEarlierInvoiceIsComparedWithNothing() {
        InvoiceDifference difference = InvoiceExplainer.between(List.of(), MARCH);

        assertThat(difference.previousTotalCents()).isZero();
        assertThat(difference.differenceCents()).isEqualTo(395651).isEqualTo(difference.explainedCents());
    }

    @Test
    void theCheckFailsWhenTheTotalsDoNotMatchTheLines() {
        List<StatementLine> broken = List.of(
                new StatementLine(DIRECT_45A01, 1, 8L, 0, 68400),
                new StatementLine(TOTAL, 1, null, 0, 68401));

        assertThat(InvoiceExplainer.between(List.of(), broken).addsUp()).isFalse();
    }

    @Test
    void twoMunicipalitiesAreNotOneInvoice() {
        StatementLineKey other = new StatementLineKey(LineType.TOTAL, MunicipalityCode.of("0388"), null, null, null,
                null, null, null);

        assertThatThrownBy(() -> InvoiceExplainer.between(FEBRUARY, List.of(new StatementLine(other, 0, null, 0, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than one municipality");
    }
}
