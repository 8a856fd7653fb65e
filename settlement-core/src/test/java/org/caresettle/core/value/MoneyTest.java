package org.caresettle.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({
            "0, 0.00",
            "5, 0.05",
            "-5, -0.05",
            "10, 0.10",
            "99, 0.99",
            "100, 1.00",
            "-100, -1.00",
            "1205, 12.05",
            "-1205, -12.05",
            "849401, 8494.01",
            "9223372036854775807, 92233720368547758.07",
            "-9223372036854775807, -92233720368547758.07",
            "-9223372036854775808, -92233720368547758.08"
    })
    void printsEurosWithTwoDecimals(long cents, String euros) {
        assertThat(Money.ofCents(cents).toEuroString()).isEqualTo(euros);
        assertThat(Money.ofCents(cents)).hasToString(euros);
    }

    @Test
    void arithmeticIsExact() {
        assertThat(Money.ofCents(68400).plus(Money.ofCents(55001))).isEqualTo(Money.ofCents(123401));
        assertThat(Money.ofCents(5).minus(Money.ofCents(10))).isEqualTo(Money.ofCents(-5));
        assertThat(Money.ofCents(5).negate()).isEqualTo(Money.ofCents(-5));
        assertThat(Money.ofCents(-1).isNegative()).isTrue();
        assertThat(Money.ZERO.isNegative()).isFalse();
        assertThat(Money.ofCents(1)).isGreaterThan(Money.ZERO);
    }

    @Test
    void overflowIsAnErrorNotAWrap() {
        assertThatThrownBy(() -> Money.ofCents(Long.MAX_VALUE).plus(Money.ofCents(1)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofCents(Long.MIN_VALUE).minus(Money.ofCents(1)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofCents(Long.MIN_VALUE).negate())
                .isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0|€ 0,00|€ 0.00",
            "5|€ 0,05|€ 0.05",
            "123456|€ 1.234,56|€ 1,234.56",
            "-396000|-€ 3.960,00|-€ 3,960.00",
            "123456789012|€ 1.234.567.890,12|€ 1,234,567,890.12"})
    void groupsWholeEurosForPeople(long cents, String dutch, String english) {
        assertThat(Money.ofCents(cents).toGroupedEuroString('.', ',')).isEqualTo(dutch);
        assertThat(Money.ofCents(cents).toGroupedEuroString(',', '.')).isEqualTo(english);
    }
}
