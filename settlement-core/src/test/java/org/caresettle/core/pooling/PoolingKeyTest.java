package org.caresettle.core.pooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.core.reference.PoolingKeyShare;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Share;
import org.junit.jupiter.api.Test;

class PoolingKeyTest {

    private static final MunicipalityCode HOORN = MunicipalityCode.of("0405");
    private static final MunicipalityCode ENKHUIZEN = MunicipalityCode.of("0388");
    private static final MunicipalityCode STEDE_BROEC = MunicipalityCode.of("0532");

    private static final List<PoolingKeyShare> ROWS = List.of(
            new PoolingKeyShare("WF", 2026, HOORN, Share.parse("0.55")),
            new PoolingKeyShare("WF", 2026, ENKHUIZEN, Share.parse("0.20")),
            new PoolingKeyShare("WF", 2026, STEDE_BROEC, Share.parse("0.25")),
            new PoolingKeyShare("WF", 2025, HOORN, Share.parse("0.5")),
            new PoolingKeyShare("WF", 2025, ENKHUIZEN, Share.parse("0.25")),
            new PoolingKeyShare("WF", 2025, STEDE_BROEC, Share.parse("0.25")),
            new PoolingKeyShare("ZZ", 2026, MunicipalityCode.of("0363"), Share.parse("1")));

    @Test
    void findsTheKeyOfARegionAndYear() {
        PoolingKey key = PoolingKey.find(ROWS, "WF", 2026).orElseThrow();
        assertThat(key.regionCode()).isEqualTo("WF");
        assertThat(key.year()).isEqualTo(2026);
        assertThat(key.shares()).containsOnlyKeys(ENKHUIZEN, HOORN, STEDE_BROEC);
        assertThat(key.shares().get(HOORN)).isEqualTo(Share.parse("0.55"));
        assertThat(key.covers(HOORN)).isTrue();
        assertThat(key.covers(MunicipalityCode.of("0363"))).isFalse();
        assertThat(PoolingKey.find(ROWS, "WF", 2025).orElseThrow().shares().get(HOORN).millionths()).isEqualTo(500_000);
    }

    @Test
    void aMissingKeyIsEmptySoTheShellCanStopTheRun() {
        assertThat(PoolingKey.find(ROWS, "WF", 2027)).isEmpty();
        assertThat(PoolingKey.find(ROWS, "NH", 2026)).isEmpty();
        assertThat(PoolingKey.find(List.of(), "WF", 2026)).isEmpty();
    }

    @Test
    void refusesSharesThatDoNotSumToOne() {
        assertThatThrownBy(() -> PoolingKey.of("WF", 2026, Map.of(HOORN, Share.parse("0.55"), ENKHUIZEN, Share.parse("0.2"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("WF").hasMessageContaining("2026").hasMessageContaining("750000");
        assertThatThrownBy(() -> PoolingKey.of("WF", 2026, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no shares");
    }

    @Test
    void refusesTwoRowsForOneMunicipality() {
        List<PoolingKeyShare> doubled = List.of(
                new PoolingKeyShare("WF", 2026, HOORN, Share.parse("0.5")),
                new PoolingKeyShare("WF", 2026, HOORN, Share.parse("0.5")));
        assertThatThrownBy(() -> PoolingKey.find(doubled, "WF", 2026))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0405");
    }

    @Test
    void isImmutable() {
        Map<MunicipalityCode, Share> shares = new HashMap<>(Map.of(HOORN, Share.parse("1")));
        PoolingKey key = PoolingKey.of("WF", 2026, shares);
        shares.put(ENKHUIZEN, Share.parse("0"));
        assertThat(key.shares()).containsOnlyKeys(HOORN);
        assertThatThrownBy(() -> key.shares().put(ENKHUIZEN, Share.parse("0")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> key.split(10).put(HOORN, 1L)).isInstanceOf(UnsupportedOperationException.class);
    }
}
