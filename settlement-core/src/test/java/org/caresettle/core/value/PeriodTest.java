package org.caresettle.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @Test
    void parsesYearDashTwoDigitMonth() {
        Period period = Period.parse("2026-03");
        assertThat(period).isEqualTo(Period.of(2026, 3));
        assertThat(period).hasToString("2026-03");
        assertThat(period.year()).isEqualTo(2026);
        assertThat(period.firstDay()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(period.lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2026-3", "2026-13", "2026-00", "26-03", "2026/03", "2026-03-01", " 2026-03",
            "2026-03 ", "+2026-03", "202603", "2026-1a"})
    void refusesEverythingElse(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(ValueFormatException.class)
                .hasMessageContaining("YYYY-MM");
    }

    @Test
    void nextAndPreviousCrossYears() {
        assertThat(Period.parse("2025-12").next()).isEqualTo(Period.parse("2026-01"));
        assertThat(Period.parse("2026-01").previous()).isEqualTo(Period.parse("2025-12"));
        assertThat(Period.parse("2026-03").next().previous()).isEqualTo(Period.parse("2026-03"));
    }

    @Test
    void lastDayOfFebruaryFollowsLeapYears() {
        assertThat(Period.parse("2024-02").lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Period.parse("2026-02").lastDay()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Period.parse("2000-02").lastDay()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(Period.parse("2100-02").lastDay()).isEqualTo(LocalDate.of(2100, 2, 28));
    }

    @Test
    void containsOnlyDatesOfItsMonth() {
        Period march = Period.parse("2026-03");
        assertThat(march.contains(LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(march.contains(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(march.contains(LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(march.contains(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(march.contains(LocalDate.of(2025, 3, 15))).isFalse();
        assertThat(Period.of(LocalDate.of(2026, 3, 20))).isEqualTo(march);
    }

    @Test
    void ordersChronologically() {
        assertThat(Period.parse("2025-12")).isLessThan(Period.parse("2026-01"));
        assertThat(Period.parse("2026-02")).isLessThan(Period.parse("2026-10"));
    }

    @Test
    void refusesAMissingMonth() {
        assertThatThrownBy(() -> new Period(null)).isInstanceOf(ValueFormatException.class);
    }
}
