package org.caresettle.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.caresettle.core.value.AgbCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProviderRejectionRateTest {

    private static final Band BAND = RiskThresholds.DEFAULTS.rejectionRate();
    private static final AgbCode A = AgbCode.of("12345678");
    private static final AgbCode B = AgbCode.of("87654321");
    private static final AgbCode C = AgbCode.of("11111111");

    @Test
    void ratesEveryProviderAndListsTheHighOnes() {
        // SPEC 12, Hoorn March: 12345678 sent 2 lines, 1 rejected (9338) = 50.00 % → ALERT (above 25 %).
        // 87654321: 1 of 10 = 10.00 % → WATCH. 11111111: 0 of 5 → OK.
        RiskRow row = ProviderRejectionRate.row(
                List.of(new ProviderLines(B, 10, 1), new ProviderLines(A, 2, 1), new ProviderLines(C, 5, 0)), BAND, 1);

        assertThat(row.cells()).containsExactly("provider_rejection_rate", "2", "count", "10.00", "25.00", "percent",
                "ALERT", "WATCH from 10.00%, ALERT above 25.00% of lines rejected, per provider",
                "2 of 3 providers rated: 12345678 50.00% (1 of 2), 87654321 10.00% (1 of 10)");
    }

    @ParameterizedTest(name = "{0} of 100 rejected → {1}")
    @CsvSource({"9, OK", "10, WATCH", "25, WATCH", "26, ALERT"})
    void levelBoundaries(long rejected, RiskLevel level) {
        assertThat(ProviderRejectionRate.row(List.of(new ProviderLines(A, 100, rejected)), BAND, 1).level())
                .isEqualTo(level);
    }

    @Test
    void equalRatesAreOrderedByAgbAndSmallProvidersAreNotRatedBelowTheMinimum() {
        RiskRow row = ProviderRejectionRate.row(
                List.of(new ProviderLines(B, 10, 5), new ProviderLines(A, 10, 5), new ProviderLines(C, 9, 9)), BAND, 10);

        assertThat(row.detail()).isEqualTo("2 of 2 providers rated: 12345678 50.00% (5 of 10), 87654321 50.00% (5 of 10)");
        assertThat(row.threshold()).isEqualTo("WATCH from 10.00%, ALERT above 25.00% of lines rejected, per provider from 10 lines");
    }

    @Test
    void aProviderWithoutLinesIsNotRatedAndBadCountsAreRefused() {
        assertThat(ProviderRejectionRate.row(List.of(new ProviderLines(A, 0, 0)), BAND, 1).detail())
                .isEqualTo("0 of 0 providers rated");
        assertThatThrownBy(() -> new ProviderLines(A, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
