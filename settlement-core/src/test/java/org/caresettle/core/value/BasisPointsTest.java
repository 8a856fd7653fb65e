package org.caresettle.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BasisPointsTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 1000, 5000, 9999, 10000})
    void acceptsZeroToTenThousand(int value) {
        assertThat(new BasisPoints(value).value()).isEqualTo(value);
        assertThat(BasisPoints.parse(Integer.toString(value))).isEqualTo(new BasisPoints(value));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 10001, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void refusesValuesOutsideTheRange(int value) {
        assertThatThrownBy(() -> new BasisPoints(value)).isInstanceOf(ValueFormatException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"-1", "10001", "99999", "100000", "1.5", "10%", " 100", "1e3", "+5"})
    void parseRefusesOtherText(String text) {
        assertThatThrownBy(() -> BasisPoints.parse(text)).isInstanceOf(ValueFormatException.class);
    }

    @Test
    void zeroAndWholeConstants() {
        assertThat(BasisPoints.ZERO.value()).isZero();
        assertThat(BasisPoints.WHOLE).isEqualTo(10_000);
    }
}
