package org.caresettle.batch.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Splits an inbox, in processing order, into parts that can be ingested side by side with the
 * same result as one pass in order (issue 6). The cumulative checks only ever read state of the
 * declaration's own provider, and a file's duplicate check reads the files with its content; so
 * files that share a provider or a content must stay together, in processing order, and any other
 * files are independent. So must files whose answers share a stem ({@code zz dec 1.csv} and
 * {@code zz_dec_1.csv}): which one gets {@code ~2} follows processing order (issue 11). A file naming several providers ties them into one group (union-find).
 * Groups go to at most {@code gridSize} parts, largest first to the part with the fewest bytes so
 * far (ties: the group whose first file comes first, the lowest part), which makes the split
 * balanced and the same for the same inbox.
 */
final class InboxPartitionPlan {

    private InboxPartitionPlan() {
    }

    /** One part: its files in processing order, each with its place in the whole inbox, and its providers. */
    record Part(List<Scheduled> files, SortedSet<String> providers, long bytes) {
    }

    /** A file and its place in the processing order of the whole inbox (0 = first). */
    record Scheduled(InboxFile file, int position) {
    }

    static List<Part> plan(List<InboxFile> inbox, Function<InboxFile, Set<String>> providersOf, int gridSize) {
        if (gridSize < 1) {
            throw new IllegalArgumentException("grid size must be at least 1, not " + gridSize);
        }
        List<Group> groups = groups(inbox, providersOf);
        groups.sort(Comparator.comparingLong(Group::bytes).reversed().thenComparingInt(Group::first));
        int parts = Math.min(gridSize, groups.size());
        List<Group> merged = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            merged.add(new Group());
        }
        for (Group group : groups) {
            Group smallest = merged.get(0);
            for (Group candidate : merged) {
                if (candidate.bytes() < smallest.bytes()) {
                    smallest = candidate;
                }
            }
            smallest.absorb(group);
        }
        return merged.stream().map(Group::part).toList();
    }

    /** The files tied together by a shared provider, content or answer stem, each group in processing order. */
    private static List<Group> groups(List<InboxFile> inbox, Function<InboxFile, Set<String>> providersOf) {
        UnionFind ties = new UnionFind(inbox.size());
        Map<String, Integer> firstFileOfKey = new HashMap<>();
        List<Set<String>> providers = new ArrayList<>();
        for (int i = 0; i < inbox.size(); i++) {
            InboxFile file = inbox.get(i);
            Set<String> named = providersOf.apply(file);
            providers.add(named);
            List<String> keys = new ArrayList<>();
            keys.add("content:" + file.sha256());
            keys.add("answers:" + ResponseFiles.stem(file.name()));
            named.forEach(provider -> keys.add("provider:" + provider));
            for (String key : keys) {
                Integer first = firstFileOfKey.putIfAbsent(key, i);
                if (first != null) {
                    ties.union(first, i);
                }
            }
        }
        Map<Integer, Group> byRoot = new TreeMap<>();
        for (int i = 0; i < inbox.size(); i++) {
            byRoot.computeIfAbsent(ties.find(i), root -> new Group())
                    .add(new Scheduled(inbox.get(i), i), providers.get(i));
        }
        return new ArrayList<>(byRoot.values());
    }

    /** Files, in processing order, with their providers and bytes. */
    private static final class Group {
        private final List<Scheduled> files = new ArrayList<>();
        private final SortedSet<String> providers = new TreeSet<>();
        private long bytes;

        void add(Scheduled file, Set<String> named) {
            files.add(file);
            providers.addAll(named);
            bytes += file.file().sizeBytes();
        }

        void absorb(Group other) {
            files.addAll(other.files);
            providers.addAll(other.providers);
            bytes += other.bytes;
        }

        long bytes() {
            return bytes;
        }

        int first() {
            return files.get(0).position();
        }

        Part part() {
            files.sort(Comparator.comparingInt(Scheduled::position));
            return new Part(List.copyOf(files), providers, bytes);
        }
    }

    /** Disjoint sets of file positions, with path halving. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int rootA = find(a);
            int rootB = find(b);
            if (rootA != rootB) {
                parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
            }
        }
    }
}
