package org.caresettle.batch.settle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.caresettle.batch.reference.ReferenceDataRepository;
import org.caresettle.core.reference.Arrangement;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * Splits the settlement of a period into parts by region (issue 7): the regions with accepted
 * lines of periods up to P or with an AVAILABILITY arrangement (no other region can have anything
 * to settle), dealt into at most {@code gridSize} parts of about equal numbers of lines, heaviest
 * region first, each to the lightest part so far. Equal inputs give equal parts. Lines of
 * municipalities in no region go with the first part, which then refuses the period as the
 * unpartitioned settlement would.
 */
@Component
class RegionPartitioner implements Partitioner {

    private final ReferenceDataRepository references;
    private final AcceptedLineRepository lines;

    RegionPartitioner(ReferenceDataRepository references, AcceptedLineRepository lines) {
        this.references = references;
        this.lines = lines;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        // The manager step's own execution: the partitioner interface passes only the grid size.
        StepExecution manager = StepSynchronizationManager.getContext().getStepExecution();
        Period period = SettleParameters.period(manager.getJobParameters());
        int version = SettleJobContext.version(manager.getJobExecution().getExecutionContext());
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        List<RegionPartition> parts = split(version, linesByRegion(period, references.withoutAllocations()), gridSize);
        for (int i = 0; i < parts.size(); i++) {
            contexts.put("part" + i, parts.get(i).toContext());
        }
        return contexts;
    }

    /** The lines per region to settle; the lines of municipalities in no region under {@link Optional#empty()}. */
    private Map<Optional<String>, Long> linesByRegion(Period period, ReferenceData reference) {
        Map<Optional<String>, Long> byRegion = new TreeMap<>(Comparator.comparing((Optional<String> r) -> r.orElse("")));
        for (Arrangement arrangement : reference.arrangements()) {
            if (arrangement.financing() == Financing.AVAILABILITY) {
                byRegion.putIfAbsent(Optional.of(arrangement.regionCode()), 0L);
            }
        }
        lines.lineCountsByMunicipality(period).forEach((MunicipalityCode municipality, Long count) ->
                byRegion.merge(reference.regionOf(municipality), count, Long::sum));
        return byRegion;
    }

    /**
     * At most {@code gridSize} parts, at least one (a period with nothing to settle still has a
     * settlement, of no statements); part 0 also takes the region-less lines.
     */
    static List<RegionPartition> split(int version, Map<Optional<String>, Long> linesByRegion, int gridSize) {
        if (gridSize < 1) {
            throw new IllegalArgumentException("settlement.partitions.grid must be 1 or more: " + gridSize);
        }
        List<Map.Entry<Optional<String>, Long>> regions = new ArrayList<>();
        long unplacedLines = 0;
        for (Map.Entry<Optional<String>, Long> entry : linesByRegion.entrySet()) {
            if (entry.getKey().isPresent()) {
                regions.add(entry);
            } else {
                unplacedLines = entry.getValue();
            }
        }
        regions.sort(Map.Entry.<Optional<String>, Long>comparingByValue().reversed()
                .thenComparing(entry -> entry.getKey().orElseThrow()));
        int count = Math.max(1, Math.min(gridSize, regions.size()));
        List<SortedSet<String>> partRegions = new ArrayList<>();
        long[] partLines = new long[count];
        for (int i = 0; i < count; i++) {
            partRegions.add(new TreeSet<>());
        }
        partLines[0] = unplacedLines;
        for (Map.Entry<Optional<String>, Long> region : regions) {
            int lightest = 0;
            for (int i = 1; i < count; i++) {
                if (partLines[i] < partLines[lightest]) {
                    lightest = i;
                }
            }
            partRegions.get(lightest).add(region.getKey().orElseThrow());
            partLines[lightest] += region.getValue();
        }
        List<RegionPartition> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // Part 0 reads region-less lines even when the counts (by a line's own municipality) saw none:
            // a credit is booked on its debit's municipality, which may be the region-less one.
            parts.add(new RegionPartition(version, partRegions.get(i), i == 0, partLines[i]));
        }
        return parts;
    }
}
