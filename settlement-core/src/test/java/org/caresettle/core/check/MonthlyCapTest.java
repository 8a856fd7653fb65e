package org.caresettle.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.caresettle.core.reference.Allocation;
import org.caresettle.core.value.Frequency;
import org.caresettle.core.value.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MonthlyCapTest {

    private static Allocation allocation(String start, String end, long volume, Frequency frequency) {
        return CheckFixture.allocation("1", CheckFixture.HOORN, CheckFixture.BSN_1, CheckFixture.AGB_A,
                CheckFixture.jw("45", "45A01"), LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
                volume, Unit.HOUR, frequency);
    }

    @ParameterizedTest(name = "{0} .. {1}, {2}: {3}")
    @CsvSource({
        "2026-01-01, , 2026-03, 31",
        "2026-03-10, 2026-03-20, 2026-03, 11",
        "2026-03-31, , 2026-03, 1",
        "2026-01-01, 2026-03-01, 2026-03, 1",
        "2024-01-01, , 2024-02, 29",
        "2026-04-01, , 2026-03, 0",
        "2026-01-01, 2026-02-28, 2026-03, 0"})
    void perDayCountsTheDaysOfMonthAndAllocation(String start, String end, String month, long days) {
        assertThat(MonthlyCap.of(allocation(start, end, 3, Frequency.PER_DAY), YearMonth.parse(month)))
                .isEqualTo(3 * days);
    }

    @ParameterizedTest(name = "{0} .. {1}, {2}: {3} weeks")
    @CsvSource({
        // 1 March 2026 is a Sunday: the week of 23 February touches March, as does the week of 30 March.
        "2026-01-01, , 2026-03, 6",
        "2026-01-01, , 2026-02, 5",
        "2026-01-01, , 2026-04, 5",
        // June 2026 starts on a Monday and ends on a Tuesday.
        "2026-01-01, , 2026-06, 5",
        // February 2021 is exactly four Monday-to-Sunday weeks.
        "2021-01-01, , 2021-02, 4",
        "2026-01-01, 2026-03-01, 2026-03, 1",
        "2026-03-02, 2026-03-08, 2026-03, 1",
        "2026-03-04, 2026-03-17, 2026-03, 3",
        "2026-03-31, , 2026-03, 1",
        "2026-04-01, , 2026-03, 0"})
    void perWeekCountsMondayToSundayWeeksTouchingMonthAndAllocation(String start, String end, String month,
            long weeks) {
        assertThat(MonthlyCap.of(allocation(start, end, 8, Frequency.PER_WEEK), YearMonth.parse(month)))
                .isEqualTo(8 * weeks);
    }

    @Test
    void perMonthIsTheVolumeWhateverTheOverlap() {
        assertThat(MonthlyCap.of(allocation("2026-03-31", null, 10, Frequency.PER_MONTH), YearMonth.of(2026, 3)))
                .isEqualTo(10);
        assertThat(MonthlyCap.of(allocation("2026-04-01", null, 10, Frequency.PER_MONTH), YearMonth.of(2026, 3)))
                .isEqualTo(10);
    }

    @Test
    void aTotalAllocationHasNoMonthlyCap() {
        assertThatThrownBy(() -> MonthlyCap.of(allocation("2026-01-01", null, 10, Frequency.TOTAL),
                YearMonth.of(2026, 3))).isInstanceOf(IllegalArgumentException.class);
    }
}
