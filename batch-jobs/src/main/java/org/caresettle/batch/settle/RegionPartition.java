package org.caresettle.batch.settle;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One part of a period's settlement as the partitioner hands it to a worker step, in the worker's
 * step execution context (a worker in another process has nothing else): the version being
 * settled, the regions, whether this part also reads the lines of municipalities in no region
 * (exactly one part does), and how many lines it is expected to read (for its progress lines).
 * Each is stored as its own JDK type, which the job repository's default serializer reads back.
 */
record RegionPartition(int version, SortedSet<String> regions, boolean unplaced, long expectedLines) {

    private static final String VERSION = "settle.part.version";
    private static final String REGIONS = "settle.part.regions";
    private static final String UNPLACED = "settle.part.unplaced";
    private static final String EXPECTED_LINES = "settle.part.expectedLines";

    RegionPartition {
        regions = new TreeSet<>(regions);
    }

    ExecutionContext toContext() {
        ExecutionContext context = new ExecutionContext();
        context.putInt(VERSION, version);
        context.put(REGIONS, new ArrayList<>(regions));
        context.put(UNPLACED, unplaced);
        context.putLong(EXPECTED_LINES, expectedLines);
        return context;
    }

    static RegionPartition of(ExecutionContext context) {
        List<?> regions = context.get(REGIONS, List.class);
        return new RegionPartition(context.getInt(VERSION),
                new TreeSet<>(regions.stream().map(String.class::cast).toList()),
                context.get(UNPLACED, Boolean.class), context.getLong(EXPECTED_LINES));
    }
}
