package org.caresettle.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ShareTest {

    @ParameterizedTest
    @CsvSource({
            "0.55, 550000",
            "0.550000, 550000",
            "0.2, 200000",
            "0.25, 250000",
            "1, 1000000",
            "1.0, 1000000",
            "1.000000, 1000000",
            "0, 0",
            "0.000000, 0",
            "0.000001, 1",
            "0.999999, 999999",
            "00.5, 500000",
            "0.1, 100000",
            "0.3, 300000",
            "0.7, 700000",
            "0.142857, 142857"
    })
    void parsesExactMillionths(String text, int millionths) {
        assertThat(Share.parse(text).millionths()).isEqualTo(millionths);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0.0000001", "1.000001", "-0.1", "2", "1.5", "10", "01.1", ".5", "1.", "0,55",
            "0.55 ", "+0.5", "1e-1", "0.5.5", "NaN", "١"})
    void refusesWhatIsNotADecimalFromZeroToOne(String text) {
        assertThatThrownBy(() -> Share.parse(text)).isInstanceOf(ValueFormatException.class);
    }

    @Test
    void refusesMillionthsOutOfRange() {
        assertThatThrownBy(() -> new Share(-1)).isInstanceOf(ValueFormatException.class);
        assertThatThrownBy(() -> new Share(1_000_001)).isInstanceOf(ValueFormatException.class);
        assertThat(new Share(0).millionths()).isZero();
        assertThat(new Share(Share.ONE).millionths()).isEqualTo(1_000_000);
    }

    @Test
    void printsSixDecimals() {
        assertThat(new Share(550000)).hasToString("0.550000");
        assertThat(new Share(1)).hasToString("0.000001");
        assertThat(new Share(Share.ONE)).hasToString("1.000000");
        assertThat(new Share(0)).hasToString("0.000000");
    }

    @Test
    void everyMillionthRoundTripsThroughText() {
        // Exhaustive: parse(toString(s)) == s for all 1,000,001 values, proving no floating point creeps in.
        for (int m = 0; m <= Share.ONE; m++) {
            Share share = new Share(m);
            if (Share.parse(share.toString()).millionths() != m) {
                throw new AssertionError("round trip failed for " + m);
            }
        }
    }
}
