package org.caresettle.batch.settle;

import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One part of a period's settlement as the partitioner hands it to a worker step, in the worker's
 * step execution context (a worker in another process has nothing else): the version being
 * settled, the regions, whether this part also reads the lines of municipalities in no region
 * (exactly one part does), and how many lines it is expected to read (for its progress lines).
 */
record RegionPartition(int version, SortedSet<String> regions, boolean unplaced, long expectedLines) {

    private static final String VERSION = "settle.part.version";
    private static final String REGIONS = "settle.part.regions";
    private static final String UNPLACED = "settle.part.unplaced";
    private static final String EXPECTED_LINES = "settle.part.expectedLines";
    /** Region codes are identifiers (letters, digits, '-', '_'), so a space separates them safely. */
    private static final String SEPARATOR = " ";

    RegionPartition {
        regions = new TreeSet<>(regions);
        for (String region : regions) {
            if (region.isEmpty() || region.contains(SEPARATOR)) {
                throw new IllegalArgumentException("region code '" + region + "' cannot be partitioned on");
            }
        }
    }

    ExecutionContext toContext() {
        ExecutionContext context = new ExecutionContext();
        context.putInt(VERSION, version);
        context.putString(REGIONS, String.join(SEPARATOR, regions));
        context.putString(UNPLACED, Boolean.toString(unplaced));
        context.putLong(EXPECTED_LINES, expectedLines);
        return context;
    }

    static RegionPartition of(ExecutionContext context) {
        String regions = context.getString(REGIONS);
        return new RegionPartition(context.getInt(VERSION),
                new TreeSet<>(regions.isEmpty() ? List.of() : Arrays.asList(regions.split(SEPARATOR))),
                Boolean.parseBoolean(context.getString(UNPLACED)), context.getLong(EXPECTED_LINES));
    }
}
