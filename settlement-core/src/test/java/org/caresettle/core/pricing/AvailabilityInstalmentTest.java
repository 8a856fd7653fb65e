package org.caresettle.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import org.caresettle.core.reference.Arrangement;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.BasisPoints;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.Period;
import org.caresettle.core.value.Product;
import org.caresettle.core.value.Unit;
import org.caresettle.core.testing.Seeds;
import org.junit.jupiter.api.Test;

class AvailabilityInstalmentTest {

    @Test
    void theWorkedExampleGivesMarchTheOddCent() {
        // 1200007 = 12 × 100000 + 7: months 1 to 7 get 100001, months 8 to 12 get 100000.
        assertThat(AvailabilityInstalment.monthAmount(1_200_007, 3)).isEqualTo(100_001);
        assertThat(AvailabilityInstalment.monthAmount(1_200_007, 7)).isEqualTo(100_001);
        assertThat(AvailabilityInstalment.monthAmount(1_200_007, 8)).isEqualTo(100_000);
        assertThat(AvailabilityInstalment.monthAmount(1_200_007, 12)).isEqualTo(100_000);
        assertThat(yearOf(1_200_007)).isEqualTo(1_200_007);
    }

    @Test
    void smallAndEvenAmounts() {
        assertThat(AvailabilityInstalment.monthAmount(0, 1)).isZero();
        assertThat(AvailabilityInstalment.monthAmount(11, 11)).isEqualTo(1);
        assertThat(AvailabilityInstalment.monthAmount(11, 12)).isZero();
        assertThat(AvailabilityInstalment.monthAmount(1_200_000, 1)).isEqualTo(100_000);
        assertThat(AvailabilityInstalment.monthAmount(1_200_000, 12)).isEqualTo(100_000);
        assertThat(AvailabilityInstalment.monthAmount(23, 11)).isEqualTo(2);
        assertThat(AvailabilityInstalment.monthAmount(23, 12)).isEqualTo(1);
    }

    @Test
    void twelveMonthsAlwaysSumToTheAnnualAmount() {
        long seed = Seeds.seed();
        Random random = new Random(seed);
        for (int i = 0; i < 10_000; i++) {
            long annual = i < 100 ? i : random.nextLong() & Long.MAX_VALUE >> random.nextInt(63);
            assertThat(yearOf(annual)).as("seed %d, annual %d", seed, annual).isEqualTo(annual);
            long first = AvailabilityInstalment.monthAmount(annual, 1);
            long last = AvailabilityInstalment.monthAmount(annual, 12);
            assertThat(first - last).as("seed %d, annual %d", seed, annual).isBetween(0L, 1L);
        }
    }

    @Test
    void refusesANegativeAmountOrAMonthOutOfRange() {
        assertThatThrownBy(() -> AvailabilityInstalment.monthAmount(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AvailabilityInstalment.monthAmount(12, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AvailabilityInstalment.monthAmount(12, 13)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anArrangementPaysForMonthsItIsValidOnTheFirstOf() {
        Arrangement fromSecondOfMarch = availability(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 6, 30));
        assertThat(AvailabilityInstalment.forArrangement(fromSecondOfMarch, Period.parse("2026-02"))).isEmpty();
        assertThat(AvailabilityInstalment.forArrangement(fromSecondOfMarch, Period.parse("2026-03"))).isEmpty();
        assertThat(AvailabilityInstalment.forArrangement(fromSecondOfMarch, Period.parse("2026-04"))).hasValue(100_001);
        assertThat(AvailabilityInstalment.forArrangement(fromSecondOfMarch, Period.parse("2026-06"))).hasValue(100_001);
        assertThat(AvailabilityInstalment.forArrangement(fromSecondOfMarch, Period.parse("2026-07"))).isEmpty();

        Arrangement open = availability(LocalDate.of(2026, 1, 1), null);
        assertThat(AvailabilityInstalment.forArrangement(open, Period.parse("2026-03"))).hasValue(100_001);
        assertThat(AvailabilityInstalment.forArrangement(open, Period.parse("2030-12"))).hasValue(100_000);
    }

    @Test
    void refusesAnArrangementThatIsNotAvailability() {
        Arrangement performance = new Arrangement("A1", AgbCode.of("12345678"), "WF", new Product(Law.JW, "45", "45A01"),
                Financing.PERFORMANCE, Unit.HOUR, 8550L, LocalDate.of(2026, 1, 1), null,
                BasisPoints.ZERO, BasisPoints.ZERO, null);
        assertThatThrownBy(() -> AvailabilityInstalment.forArrangement(performance, Period.parse("2026-03")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A1");
    }

    private static Arrangement availability(LocalDate from, LocalDate to) {
        return new Arrangement("AV46", AgbCode.of("12345678"), "WF", new Product(Law.JW, "46", null),
                Financing.AVAILABILITY, null, null, from, to, BasisPoints.ZERO, BasisPoints.ZERO, 1_200_007L);
    }

    private static long yearOf(long annual) {
        long sum = 0;
        for (int month = 1; month <= 12; month++) {
            sum = Math.addExact(sum, AvailabilityInstalment.monthAmount(annual, month));
        }
        return sum;
    }
}
