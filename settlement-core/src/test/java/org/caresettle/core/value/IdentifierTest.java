package org.caresettle.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

    @Test
    void agbCodeIsEightDigits() {
        assertThat(AgbCode.of("12345678").value()).isEqualTo("12345678");
        assertThat(AgbCode.of("01234567")).hasToString("01234567");
        assertThat(AgbCode.of("12345678")).isEqualTo(new AgbCode("12345678"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1234567", "123456789", "1234567A", " 12345678", "12345678 ", "1234-678"})
    void agbCodeRefusesOtherFormats(String text) {
        assertThatThrownBy(() -> AgbCode.of(text)).isInstanceOf(ValueFormatException.class)
                .hasMessageContaining("AGB code");
    }

    @Test
    void agbCodesOrderByText() {
        assertThat(new TreeSet<>(List.of(AgbCode.of("87654321"), AgbCode.of("01234567"), AgbCode.of("12345678"))))
                .containsExactly(AgbCode.of("01234567"), AgbCode.of("12345678"), AgbCode.of("87654321"));
    }

    @Test
    void municipalityCodeIsFourDigitsKeepingLeadingZeros() {
        assertThat(MunicipalityCode.of("0405")).hasToString("0405");
        assertThat(MunicipalityCode.of("0405").value()).isEqualTo("0405");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"405", "00405", "040A", "GM0405", "04 5"})
    void municipalityCodeRefusesOtherFormats(String text) {
        assertThatThrownBy(() -> MunicipalityCode.of(text)).isInstanceOf(ValueFormatException.class)
                .hasMessageContaining("municipality code");
    }

    @Test
    void municipalityCodesOrderByCode() {
        // The largest-remainder tie-break depends on this order.
        assertThat(new TreeSet<>(List.of(MunicipalityCode.of("0532"), MunicipalityCode.of("0388"),
                MunicipalityCode.of("0405"))))
                .containsExactly(MunicipalityCode.of("0388"), MunicipalityCode.of("0405"), MunicipalityCode.of("0532"));
    }
}
