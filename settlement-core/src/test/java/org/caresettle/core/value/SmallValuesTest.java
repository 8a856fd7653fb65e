package org.caresettle.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The enums and the product of SPEC section 2: exact codes, nothing lenient. */
class SmallValuesTest {

    @Test
    void debitCredit() {
        assertThat(DebitCredit.parse("D")).isEqualTo(DebitCredit.D);
        assertThat(DebitCredit.parse("C").sign()).isEqualTo(-1);
        assertThat(DebitCredit.D.sign()).isEqualTo(1);
        for (String bad : new String[] {"d", "c", "", " D", "DC", null}) {
            assertThatThrownBy(() -> DebitCredit.parse(bad)).isInstanceOf(ValueFormatException.class);
        }
    }

    @Test
    void law() {
        assertThat(Law.parse("JW")).isEqualTo(Law.JW);
        assertThat(Law.parse("WMO")).isEqualTo(Law.WMO);
        for (String bad : new String[] {"jw", "Wmo", "", null, "JW "}) {
            assertThatThrownBy(() -> Law.parse(bad)).isInstanceOf(ValueFormatException.class);
        }
    }

    @Test
    void unitCodes() {
        assertThat(Unit.parse("01")).isEqualTo(Unit.MINUTE);
        assertThat(Unit.parse("04")).isEqualTo(Unit.HOUR);
        assertThat(Unit.parse("14")).isEqualTo(Unit.ETMAAL);
        assertThat(Unit.parse("16")).isEqualTo(Unit.DAGDEEL);
        assertThat(Unit.parse("82")).isEqualTo(Unit.PIECE_OUTPUT);
        assertThat(Unit.parse("83")).isEqualTo(Unit.EUROS);
        assertThat(Unit.parse("84")).isEqualTo(Unit.PIECE_EFFORT);
        for (Unit unit : Unit.values()) {
            assertThat(unit.isEffort()).as(unit.name()).isNotEqualTo(unit.isResult());
        }
        assertThat(Unit.PIECE_EFFORT.isEffort()).isTrue();
        assertThat(Unit.EUROS.isResult()).isTrue();
        for (String bad : new String[] {"1", "4", "02", "", null}) {
            assertThatThrownBy(() -> Unit.parse(bad)).isInstanceOf(ValueFormatException.class);
        }
    }

    @Test
    void onlyUnit83IgnoresATariff() {
        for (Unit unit : Unit.values()) {
            assertThat(unit.ignoresTariff()).as(unit.name()).isEqualTo(unit == Unit.EUROS);
            assertThat(Unit.ignoresTariff(unit.code())).as(unit.code()).isEqualTo(unit == Unit.EUROS);
        }
        for (String notAUnit : new String[] {"8", "083", "", null}) {
            assertThat(Unit.ignoresTariff(notAUnit)).as(String.valueOf(notAUnit)).isFalse();
        }
    }

    @Test
    void frequencyCodes() {
        assertThat(Frequency.parse("1")).isEqualTo(Frequency.PER_DAY);
        assertThat(Frequency.parse("2")).isEqualTo(Frequency.PER_WEEK);
        assertThat(Frequency.parse("4")).isEqualTo(Frequency.PER_MONTH);
        assertThat(Frequency.parse("6")).isEqualTo(Frequency.TOTAL);
        for (String bad : new String[] {"3", "5", "01", "", null}) {
            assertThatThrownBy(() -> Frequency.parse(bad)).isInstanceOf(ValueFormatException.class);
        }
    }

    @Test
    void product() {
        Product specific = new Product(Law.JW, "45", "45A01");
        Product aspecific = new Product(Law.JW, "45", null);
        assertThat(specific.hasCode()).isTrue();
        assertThat(aspecific.hasCode()).isFalse();
        assertThat(specific).hasToString("JW/45/45A01");
        assertThat(aspecific).hasToString("JW/45/*");
        assertThat(aspecific).isLessThan(specific);
        assertThat(new Product(Law.JW, "99", "A")).isLessThan(new Product(Law.WMO, "02", "02A01"));
        assertThatThrownBy(() -> new Product(null, "45", "45A01")).isInstanceOf(ValueFormatException.class);
        assertThatThrownBy(() -> new Product(Law.JW, "4", "45A01")).isInstanceOf(ValueFormatException.class);
        assertThatThrownBy(() -> new Product(Law.JW, "45", "")).isInstanceOf(ValueFormatException.class);
        assertThatThrownBy(() -> new Product(Law.JW, "45", "45A012")).isInstanceOf(ValueFormatException.class);
        assertThatThrownBy(() -> new Product(Law.JW, "45", "45-01")).isInstanceOf(ValueFormatException.class);
    }
}
