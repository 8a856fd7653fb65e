package org.caresettle.batch.settle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionPartitionerTest {

    @Test
    void regionsAreDealtHeaviestFirstToTheLightestPart() {
        Map<Optional<String>, Long> lines = new LinkedHashMap<>();
        lines.put(Optional.of("A"), 100L);
        lines.put(Optional.of("B"), 60L);
        lines.put(Optional.of("C"), 50L);
        lines.put(Optional.of("D"), 40L);
        lines.put(Optional.of("E"), 0L);

        List<RegionPartition> parts = RegionPartitioner.split(3, lines, 2);

        assertThat(parts).extracting(part -> List.copyOf(part.regions()))
                .containsExactly(List.of("A", "D"), List.of("B", "C", "E"));
        assertThat(parts).extracting(RegionPartition::expectedLines).containsExactly(140L, 110L);
        assertThat(parts).extracting(RegionPartition::version).containsOnly(3);
        assertThat(parts).extracting(RegionPartition::unplaced).containsExactly(true, false);
    }

    @Test
    void neverMorePartsThanRegionsNorFewerThanOne() {
        assertThat(RegionPartitioner.split(1, Map.of(Optional.of("A"), 5L), 8)).hasSize(1);
        assertThat(RegionPartitioner.split(1, Map.of(), 8)).singleElement()
                .satisfies(part -> assertThat(part.regions()).isEmpty());
    }

    @Test
    void linesOfMunicipalitiesInNoRegionGoWithTheFirstPart() {
        Map<Optional<String>, Long> lines = new LinkedHashMap<>();
        lines.put(Optional.empty(), 7L);
        lines.put(Optional.of("A"), 10L);
        lines.put(Optional.of("B"), 10L);

        List<RegionPartition> parts = RegionPartitioner.split(1, lines, 2);

        assertThat(parts.get(0).unplaced()).isTrue();
        assertThat(parts).extracting(RegionPartition::expectedLines).containsExactly(7L + 10L, 10L);
        assertThat(parts.get(0).regions()).containsExactly("B");
    }
}
