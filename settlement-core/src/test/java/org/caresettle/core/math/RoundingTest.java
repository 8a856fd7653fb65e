package org.caresettle.core.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Random;
import org.caresettle.core.value.BasisPoints;
import org.caresettle.core.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundingTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
            "125, 10, 13",
            "-125, 10, -13",
            "124999, 10000, 12",
            "-124999, 10000, -12",
            "125001, 10000, 13",
            "-125001, 10000, -13",
            "120, 10, 12",
            "-120, 10, -12",
            "0, 7, 0",
            "1, 2, 1",
            "-1, 2, -1",
            "1, 3, 0",
            "2, 3, 1",
            "-2, 3, -1",
            "45000, 1, 45000",
            "9223372036854775807, 1, 9223372036854775807",
            "9223372036854775807, 2, 4611686018427387904",
            "-9223372036854775807, 2, -4611686018427387904",
            "9223372036854775807, 9223372036854775807, 1",
            "4611686018427387904, 9223372036854775807, 1",
            "4611686018427387903, 9223372036854775807, 0"
    })
    void roundsHalfUpOnTheAbsoluteValue(long numerator, long denominator, long expected) {
        assertThat(Rounding.roundHalfUp(numerator, denominator)).isEqualTo(expected);
    }

    @Test
    void refusesANonPositiveDenominator() {
        assertThatThrownBy(() -> Rounding.roundHalfUp(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rounding.roundHalfUp(1, -10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOneNumeratorWithoutAPositiveCounterpartOverflowsLoudly() {
        assertThatThrownBy(() -> Rounding.roundHalfUp(Long.MIN_VALUE, 3)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void agreesWithBigDecimalHalfUpOnRandomFractions() {
        long seed = Seeds.seed();
        Random random = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            long numerator = random.nextLong() >> random.nextInt(64);
            long denominator = Math.max(1, Math.abs(random.nextLong() >> random.nextInt(64)));
            if (numerator == Long.MIN_VALUE) {
                continue;
            }
            long expected = new BigDecimal(numerator).divide(new BigDecimal(denominator), 0, RoundingMode.HALF_UP)
                    .longValueExact();
            assertThat(Rounding.roundHalfUp(numerator, denominator))
                    .as("seed %d: %d / %d", seed, numerator, denominator).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0} x {1}bp -> {2}")
    @CsvSource({
            "450000, 1000, 45000",
            "-450000, 1000, -45000",
            "90000, 5000, 45000",
            "45000, 5000, 22500",
            "5, 5000, 3",
            "-5, 5000, -3",
            "4, 5000, 2",
            "1, 4999, 0",
            "1, 5000, 1",
            "-1, 5000, -1",
            "12345, 0, 0",
            "12345, 10000, 12345",
            "-12345, 10000, -12345",
            "123456789, 1, 12346",
            "0, 10000, 0"
    })
    void appliesBasisPoints(long cents, int basisPoints, long expected) {
        assertThat(Rounding.applyBasisPoints(cents, new BasisPoints(basisPoints))).isEqualTo(expected);
    }

    @Test
    void appliesBasisPointsToAmountsWhoseProductWouldOverflowALong() {
        // cents × bp passes Long.MAX_VALUE from about 9.2 × 10^14 cents on; the result itself never does.
        assertThat(Rounding.applyBasisPoints(Long.MAX_VALUE, new BasisPoints(10_000))).isEqualTo(Long.MAX_VALUE);
        assertThat(Rounding.applyBasisPoints(-Long.MAX_VALUE, new BasisPoints(10_000))).isEqualTo(-Long.MAX_VALUE);
        assertThat(Rounding.applyBasisPoints(Long.MIN_VALUE, new BasisPoints(10_000))).isEqualTo(Long.MIN_VALUE);
        assertThat(Rounding.applyBasisPoints(Long.MAX_VALUE, new BasisPoints(5_000)))
                .isEqualTo(4_611_686_018_427_387_904L);
        assertThat(Rounding.applyBasisPoints(1_000_000_000_000_000L, new BasisPoints(1_000)))
                .isEqualTo(100_000_000_000_000L);

        long seed = Seeds.seed();
        Random random = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            long cents = random.nextLong() >> random.nextInt(64);
            int bp = random.nextInt(10_001);
            long expected = new BigDecimal(BigInteger.valueOf(cents).multiply(BigInteger.valueOf(bp)))
                    .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP).longValueExact();
            assertThat(Rounding.applyBasisPoints(cents, new BasisPoints(bp)))
                    .as("seed %d: %d x %d bp", seed, cents, bp).isEqualTo(expected);
        }
    }
}
