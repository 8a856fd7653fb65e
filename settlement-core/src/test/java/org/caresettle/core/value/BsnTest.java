package org.caresettle.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"999900006", "999999990", "999911120", "111222333", "123456782"})
    void acceptsNumbersPassingTheElevenProof(String text) {
        assertThat(Bsn.passesElevenProof(text)).isTrue();
        assertThat(Bsn.of(text).value()).isEqualTo(text);
    }

    @Test
    void everyTestBsnInTheReservedRangeThatPassesIsAccepted() {
        int passing = 0;
        for (int n = 999_900_006; n <= 999_999_990; n++) {
            String text = Integer.toString(n);
            if (referenceElevenProof(text)) {
                passing++;
                assertThat(Bsn.passesElevenProof(text)).as(text).isTrue();
            } else {
                assertThat(Bsn.passesElevenProof(text)).as(text).isFalse();
            }
        }
        // One in eleven numbers passes, give or take the range's ends.
        assertThat(passing).isBetween(9_000, 9_100);
        assertThat(Bsn.of("999900006")).isEqualTo(Bsn.of("999900006"));
    }

    /** A second, independent reading of the SPEC formula, so the test does not copy the code. */
    private static boolean referenceElevenProof(String text) {
        int[] weights = {9, 8, 7, 6, 5, 4, 3, 2, -1};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += weights[i] * Character.getNumericValue(text.charAt(i));
        }
        return Math.floorMod(sum, 11) == 0;
    }

    @ParameterizedTest
    @ValueSource(strings = {"999900007", "999900005", "123456789", "999999991"})
    void refusesAWrongCheckDigit(String text) {
        assertThat(Bsn.passesElevenProof(text)).isFalse();
        assertThatThrownBy(() -> Bsn.of(text)).isInstanceOf(ValueFormatException.class)
                .hasMessageContaining("11-proof");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"99990000", "9999000060", "99990000A", "A99900006", "999 00006", " 999900006",
            "９９９９０００06", "-99900006"})
    void refusesWhatIsNotNineAsciiDigits(String text) {
        assertThat(Bsn.passesElevenProof(text)).isFalse();
        assertThatThrownBy(() -> Bsn.of(text)).isInstanceOf(ValueFormatException.class);
    }

    @Test
    void toStringNeverShowsTheDigits() {
        Bsn bsn = Bsn.of("999900006");
        assertThat(bsn.toString()).doesNotContainPattern("\\d");
        assertThat(String.valueOf(java.util.List.of(bsn))).doesNotContain("999900006");
    }

    @ParameterizedTest
    @ValueSource(strings = {"99990000", "9999000060", "99990000X", "999900007"})
    void anExceptionMessageNeverShowsTheDigitsEither(String text) {
        // An almost-BSN (a typo, a digit too many) identifies a client just as well as a valid one.
        assertThatThrownBy(() -> Bsn.of(text))
                .isInstanceOf(ValueFormatException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(text.substring(0, 8)));
    }

    @Test
    void equalityIsByValue() {
        assertThat(Bsn.of("999900006")).isEqualTo(Bsn.of("999900006"))
                .hasSameHashCodeAs(Bsn.of("999900006"))
                .isNotEqualTo(Bsn.of("999999990"));
    }
}
